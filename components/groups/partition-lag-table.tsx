'use client';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';
import type { PartitionLagRow } from '@/lib/api/schemas/groups';
import { LagTime, VerdictBadge } from './badges';
import Link from 'next/link';

export function PartitionLagTable({ partitions, topicHref }: { partitions: PartitionLagRow[]; topicHref: (topic: string) => string }) {
  const t = useTranslations('group');
  const health = useTranslations('groups')('health');
  const none = useTranslations('common')('none');
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('lagCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('topic')}</th>
            <th scope="col" className="num">{t('partition')}</th>
            <th scope="col" className="num">{t('committed')}</th>
            <th scope="col" className="num">{t('logStart')}</th>
            <th scope="col" className="num">{t('logEnd')}</th>
            <th scope="col" className="num">{t('lag')}</th>
            <th scope="col" className="num" title={t('lagTimeEstTitle')}>{t('lagTimeEst')}</th>
            <th scope="col">{health}</th>
            <th scope="col">{t('consumer')}</th>
          </tr>
        </thead>
        <tbody>
          {partitions.map((p) => (
            <tr key={`${p.topic}/${p.partition}`}>
              <td className="wrap">
                <Link href={topicHref(p.topic)}>{p.topic}</Link>
              </td>
              <td className="num">{p.partition}</td>
              <td className="num">{p.committedOffset === null ? <span className="muted" title={t('nothingCommitted')}>{none}</span> : f.count(p.committedOffset)}</td>
              <td className="num">{f.count(p.logStartOffset)}</td>
              <td className="num">
                {f.count(p.logEndOffset)}
                {p.lastStableOffset !== null && p.lastStableOffset < p.logEndOffset && (
                  <div>
                    <span className="badge warn" title={t('stableHeldTitle', { offset: p.lastStableOffset, count: p.logEndOffset - p.lastStableOffset })}>
                      {t('stableHeld', { offset: p.lastStableOffset })}
                    </span>
                  </div>
                )}
              </td>
              <td className="num">
                {f.count(p.lag)}
                {p.lagBasis === 'uncommitted' && (
                  <span className="muted" title={t('allTitle')}>
                    {' '}
                    {t('all')}
                  </span>
                )}
              </td>
              <td className="num">
                <LagTime seconds={p.lagSeconds} />
              </td>
              <td>
                <VerdictBadge status={p.status} reason={p.statusReason} />
              </td>
              <td className="wrap">
                {p.clientId ? (
                  <span title={p.memberId}>
                    {p.clientId} <span className="muted">{p.host}</span>
                  </span>
                ) : (
                  <span className="muted">{t('unassigned')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
