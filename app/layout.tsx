import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { getLocale, getTranslator } from '@/lib/i18n/server';
import { MESSAGES } from '@/lib/i18n/messages';
import { Providers } from './providers';

// Every page is rendered per request: proxy.ts gives each one a fresh CSP nonce, which Next.js can only put
// on the scripts of a page it renders now (a prerendered page's scripts would carry none and be blocked).
export const dynamic = 'force-dynamic';

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
