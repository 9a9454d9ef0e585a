'use client';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { ConnectorSummary } from '@/lib/api/schemas/connect';
import { ConnectorStateBadge } from './state-badge';

/** Connectors as Fluxo lists them: failed first (the order comes from the server). */
export function ConnectorTable({ connectors, hrefFor }: { connectors: ConnectorSummary[]; hrefFor: (c: ConnectorSummary) => string }) {
  const t = useTranslations('connect');
  const none = <span className="muted">{t('none')}</span>;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('connectors')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('connector')}</th>
            <th scope="col">{t('connectCluster')}</th>
            <th scope="col">{t('type')}</th>
            <th scope="col">{t('plugin')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col" className="num">{t('tasksRunning')}</th>
            <th scope="col" className="num">{t('tasksFailed')}</th>
            <th scope="col">{t('workers')}</th>
            <th scope="col">{t('topics')}</th>
          </tr>
        </thead>
        <tbody>
          {connectors.map((c) => (
            <tr key={`${c.connect}/${c.name}`}>
              <td className="wrap">
                <Link href={hrefFor(c)}>{c.name}</Link>
              </td>
              <td>{c.connect}</td>
              <td>{c.type}</td>
              <td className="wrap" title={c.plugin}>
                {c.plugin.split('.').pop()}
              </td>
              <td>
                <ConnectorStateBadge state={c.state} />
              </td>
              <td className="num">{c.tasksRunning}</td>
              <td className="num">{c.tasksFailed > 0 ? <span className="badge danger">{c.tasksFailed}</span> : 0}</td>
              <td className="wrap">{[...new Set(c.tasks.map((task) => task.workerId))].join(', ') || none}</td>
              <td className="wrap">{c.topics.length ? c.topics.join(', ') : none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
