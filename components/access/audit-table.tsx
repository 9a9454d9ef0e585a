'use client';
import { useTranslations } from 'use-intl';
import type { AuditRecord } from '@/lib/access/audit-record';

function targetText(target: Record<string, string>): string {
  return Object.entries(target)
    .filter(([k]) => k !== 'cluster')
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

/** The audit log, newest first: who did what to which target, and how it ended. */
export function AuditTable({ records, formatTime }: { records: AuditRecord[]; formatTime: (ms: number) => string }) {
  const t = useTranslations('audit');
  return (
    // Wider than the page with its many columns: a scrollable region keyboard users can focus and scroll.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('caption')}>
      <table className="data">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('time')}</th>
            <th scope="col">{t('user')}</th>
            <th scope="col">{t('action')}</th>
            <th scope="col">{t('target')}</th>
            <th scope="col">{t('result')}</th>
            <th scope="col">{t('from')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.id}>
              <td className="mono nowrap">{formatTime(r.timeMs)}</td>
              <td>{r.user}</td>
              <td>
                <span className="mono">{r.action}</span>
                <div className="muted mono">{r.method} {r.path}</div>
              </td>
              <td className="mono">{targetText(r.target) || '—'}</td>
              <td>
                <span className={`badge ${r.result.status < 400 ? 'ok' : 'danger'}`}>{r.result.status}</span>
                {r.result.code && <span className="muted"> {r.result.code}</span>}
              </td>
              <td className="mono">{r.from}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
