'use client';
// Partitions with leader, replicas, ISR and watermarks; under-replicated and offline rows stand out.
import type { Partition } from '@/lib/api/schemas/topics';
import { cn } from '@/lib/cn';
import styles from './topics.module.css';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';

const ids = (list: number[]) => (list.length ? list.join(', ') : '—');

function health(p: Partition) {
  if (p.leader === null) return { row: styles.rowDanger, badge: 'danger', label: 'offlineBadge' } as const;
  if (p.isr.length < p.replicas.length) return { row: styles.rowWarn, badge: 'warn', label: 'underReplicatedBadge' } as const;
  return { row: undefined, badge: 'ok', label: 'inSync' } as const;
}

export function PartitionTable({ partitions }: { partitions: Partition[] }) {
  const t = useTranslations('topic');
  const common = useTranslations('common');
  const f = useFormat();
  const offset = (n: number | null) => (n === null ? <span className="muted">{common('unknown')}</span> : f.count(n));
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('partitions')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('partition')}</th>
            <th scope="col">{t('health')}</th>
            <th scope="col" className="num">{t('leader')}</th>
            <th scope="col">{t('replicas')}</th>
            <th scope="col">{t('isr')}</th>
            <th scope="col">{t('offlineReplicas')}</th>
            <th scope="col" className="num">{t('low')}</th>
            <th scope="col" className="num">{t('high')}</th>
            <th scope="col" className="num" title={t('lastStableTitle')}>{t('lastStable')}</th>
            <th scope="col" className="num">{t('messages')}</th>
          </tr>
        </thead>
        <tbody>
          {partitions.map((p) => {
            const h = health(p);
            return (
              <tr key={p.partition} className={cn(h.row)}>
                <td className="num">{p.partition}</td>
                <td>
                  <span className={`badge ${h.badge}`}>{t(h.label)}</span>
                </td>
                <td className="num">{p.leader ?? <span className="muted">{common('none')}</span>}</td>
                <td className="mono">{ids(p.replicas)}</td>
                <td className="mono">{ids(p.isr)}</td>
                <td className="mono">{ids(p.offlineReplicas)}</td>
                <td className="num">{offset(p.low)}</td>
                <td className="num">{offset(p.high)}</td>
                <td className="num">
                  {offset(p.lastStable)}
                  {p.lastStable !== null && p.high !== null && p.lastStable < p.high && (
                    <div>
                      <span className="badge warn" title={t('stableHeldTitle', { offset: p.lastStable, count: p.high - p.lastStable })}>
                        {t('stableHeld')}
                      </span>
                    </div>
                  )}
                </td>
                <td className="num">{offset(p.messages)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
