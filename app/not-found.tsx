import Link from 'next/link';
import { getTranslator } from '@/lib/i18n/server';

export default async function NotFound() {
  const t = await getTranslator();
  return (
    <main className="main" style={{ maxWidth: 640, margin: '64px auto' }}>
      <h1>{t('shell.notFoundTitle')}</h1>
      <p className="muted">{t('shell.notFoundText')}</p>
      <Link href="/">{t('shell.notFoundBack')}</Link>
    </main>
  );
}
