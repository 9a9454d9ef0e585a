'use client';
import { useTranslations } from 'use-intl';
import type { GroupDetail } from '@/lib/api/schemas/groups';
import { useFormat } from '@/lib/format/use-format';

/** Where a share group stands in each share-partition, as kafka-share-groups --describe prints it. */
export function SharePartitionTable({ partitions }: { partitions: NonNullable<GroupDetail['sharePartitions']> }) {
  const t = useTranslations('sharePartitionTable');
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('topic')}</th>
            <th scope="col" className="num">{t('partition')}</th>
            <th scope="col" className="num">{t('startOffset')}</th>
            <th scope="col" className="num">{t('lag')}</th>
          </tr>
        </thead>
        <tbody>
          {partitions.map((p) => (
            <tr key={`${p.topic}-${p.partition}`}>
              <td className="wrap">{p.topic}</td>
              <td className="num">{p.partition}</td>
              <td className="num">{p.startOffset === null || p.startOffset === undefined ? <span className="muted">{t('notStarted')}</span> : f.count(p.startOffset)}</td>
              <td className="num">{p.lag === null || p.lag === undefined ? <span className="muted">{t('unknown')}</span> : f.count(p.lag)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
