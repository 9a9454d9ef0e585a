'use client';
import type { Quorum } from '@/lib/api/schemas/cluster';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';

/** KRaft voters and observers, with how far each trails the metadata log's high watermark. */
export function QuorumTable({ quorum }: { quorum: Quorum }) {
  const t = useTranslations('quorum');
  const unknown = useTranslations('common')('unknown');
  const f = useFormat();
  const rows = [
    ...quorum.voters.map((r) => ({ ...r, role: r.id === quorum.leaderId ? ('leader' as const) : ('voter' as const) })),
    ...quorum.observers.map((r) => ({ ...r, role: 'observer' as const })),
  ];
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('node')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col" className="num">{t('metadataOffset')}</th>
            <th scope="col" className="num">{t('lag')}</th>
            <th scope="col">{t('lastCaughtUp')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.role}-${r.id}`}>
              <td>{r.id}</td>
              <td>
                <span className={r.role === 'leader' ? 'badge info' : 'badge muted'}>{t(r.role)}</span>
              </td>
              <td className="num">{f.count(r.logEndOffset)}</td>
              <td className="num">
                <span className={r.lag === '0' ? 'badge ok' : 'badge warn'}>{f.count(r.lag)}</span>
              </td>
              <td className="muted">{r.lastCaughtUpTimestamp ? f.instant(r.lastCaughtUpTimestamp) : unknown}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
