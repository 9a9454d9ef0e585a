import type { Metadata } from 'next';
import Link from 'next/link';
import { Fragment } from 'react';
import { allEndpoints } from '@/lib/api/endpoints';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('titles.api') };
}

const METHOD_TONE: Record<string, string> = { get: 'info', post: 'ok', put: 'warn', patch: 'warn', delete: 'danger' };

/** A path that may wrap only after a slash, never inside "{topic}" or "export". */
function RoutePath({ path }: { path: string }) {
  const parts = path.split('/');
  return (
    <span className="route-path">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <>
              /<wbr />
            </>
          )}
          <span>{part}</span>
        </Fragment>
      ))}
    </span>
  );
}

/** A readable index of the public API, generated from the same endpoint declarations as /api/openapi.json. */
export default async function ApiDocsPage() {
  const t = await getTranslator();
  const tags = [...new Set(allEndpoints.map((e) => e.tag))];
  return (
    <main className="main" style={{ maxWidth: 1600, margin: '0 auto' }}>
      <header className="page-head">
        <div>
          <h1>{t('apiDocs.title')}</h1>
          <div className="sub">
            {t('apiDocs.errors')} <code>{'{ "error": { "code", "message" } }'}</code>. {t('apiDocs.machine')}{' '}
            <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). <Link href="/api-docs/reference">{t('apiDocs.openReference')}</Link>
          </div>
        </div>
      </header>
      <div className="stack">
        {tags.map((tag) => (
          <section key={tag} className="panel" aria-label={tag}>
            <div className="panel-head">
              <h2 lang="en">{tag}</h2>
            </div>
            <div className="panel-body table-wrap">
              <table className="data">
                <caption className="sr-only" lang="en">
                  {tag}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('apiDocs.method')}</th>
                    <th scope="col">{t('apiDocs.path')}</th>
                    <th scope="col">{t('apiDocs.what')}</th>
                  </tr>
                </thead>
                <tbody>
                  {allEndpoints
                    .filter((e) => e.tag === tag)
                    .map((e) => (
                      <tr key={`${e.method} ${e.path}`}>
                        <td>
                          <span className={`badge ${METHOD_TONE[e.method] ?? 'muted'}`}>{e.method.toUpperCase()}</span>
                        </td>
                        <td className="mono">
                          <RoutePath path={e.path} />
                        </td>
                        <td lang="en">{e.summary}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </div>
    </main>
  );
}
