import type { Metadata } from 'next';
import Link from 'next/link';
import { ApiReference } from '@/components/api/api-reference';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('titles.apiReference') };
}

/** The full reference of the public API: Swagger UI over the same OpenAPI document the server publishes. */
export default async function ApiReferencePage() {
  const t = await getTranslator();
  return (
    <main className="main">
      <header className="page-head">
        <div>
          <h1>{t('apiDocs.referenceTitle')}</h1>
          <div className="sub">
            {t('apiDocs.referenceIntro')} <a href="/api/openapi.json">/api/openapi.json</a>. <Link href="/api-docs">{t('apiDocs.backToIndex')}</Link>
          </div>
        </div>
      </header>
      <ApiReference specUrl="/api/openapi.json" />
    </main>
  );
}
