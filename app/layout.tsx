import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { Providers } from './providers';

// Every page is rendered per request: proxy.ts gives each one a fresh CSP nonce, which Next.js can only put
// on the scripts of a page it renders now (a prerendered page's scripts would carry none and be blocked).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Fluxo', template: '%s · Fluxo' },
  description: 'A web console for Apache Kafka',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
