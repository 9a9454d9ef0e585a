import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTranslator } from '@/lib/i18n/server';
import { SignInView } from './sign-in-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('signIn.title') };
}

export default async function SignInPage() {
  const t = await getTranslator();
  return (
    <main className="sign-in-page">
      <section className="panel sign-in-panel" aria-labelledby="sign-in-title">
        <div className="panel-body stack" style={{ gap: 16 }}>
          <h1 id="sign-in-title" className="brand-title">
            <img src="/fluxo.svg" alt="" width={28} height={28} /> {t('signIn.heading')}
          </h1>
          <Suspense>
            <SignInView />
          </Suspense>
        </div>
      </section>
    </main>
  );
}
