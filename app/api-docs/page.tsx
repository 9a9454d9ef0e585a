import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import Link from 'next/link';
import { allEndpoints } from '@/lib/api/endpoints';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('titles.api') };
}

const METHOD_TONE: Record<string, string> = { get: 'info', post: 'ok', put: 'warn', patch: 'warn', delete: 'danger' };

/** A readable index of the public API, generated from the same endpoint declarations as /api/openapi.json. */
export default function ApiDocsPage() {
  const tags = [...new Set(allEndpoints.map((e) => e.tag))];
  return (
    <main className="main" style={{ maxWidth: 1100, margin: '0 auto' }}>
      <header className="page-head">
        <div>
          <h1>Fluxo REST API</h1>
          <div className="sub">
            JSON over HTTP; every error is <code>{'{ "error": { "code", "message" } }'}</code>. The machine-readable
            description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). <Link href="/">Back to the console</Link>
          </div>
        </div>
      </header>
      <div className="stack">
        {tags.map((tag) => (
          <section key={tag} className="panel" aria-label={tag}>
            <div className="panel-head">
              <h2>{tag}</h2>
            </div>
            <div className="panel-body table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">Method</th>
                    <th scope="col">Path</th>
                    <th scope="col">What it does</th>
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
                        <td className="mono wrap">{e.path}</td>
                        <td>{e.summary}</td>
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
