import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { getLocale, getTranslator } from '@/lib/i18n/server';
import { MESSAGES } from '@/lib/i18n/messages';
import { Providers } from './providers';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: { default: 'Fluxo', template: '%s · Fluxo' }, description: t('shell.description') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <Providers locale={locale} messages={MESSAGES[locale]}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
