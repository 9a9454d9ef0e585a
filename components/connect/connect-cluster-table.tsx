'use client';
import { useTranslations } from 'use-intl';
import type { ConnectClusterSummary } from '@/lib/api/schemas/connect';

/** The Connect clusters of this Kafka cluster and whether their REST API answers, like the brokers' list. */
export function ConnectClusterTable({ clusters }: { clusters: ConnectClusterSummary[] }) {
  const t = useTranslations('connect');
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('clusters')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('url')}</th>
            <th scope="col">{t('authentication')}</th>
            <th scope="col">{t('reachable')}</th>
            <th scope="col">{t('version')}</th>
          </tr>
        </thead>
        <tbody>
          {clusters.map((c) => (
            <tr key={c.name}>
              <td>{c.name}</td>
              <td className="wrap">
                <code>{c.url}</code>
              </td>
              <td>{c.authentication}</td>
              <td className="wrap">
                {c.reachable ? <span className="badge ok">{t('yes')}</span> : <span className="badge danger">{t('no')}</span>}
                {c.error && (
                  <div className="muted" lang="en">
                    {c.error}
                  </div>
                )}
              </td>
              <td>{c.version ?? <span className="muted">{t('unknown')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
