'use client';
// One topic's bytes on disk per partition, and each replica's share by broker and log dir.
import { useTranslations } from 'use-intl';
import type { TopicSizes } from '@/lib/api/schemas/sizes';
import { useFormat } from '@/lib/format/use-format';

export function TopicSizeTable({ sizes }: { sizes: TopicSizes }) {
  const t = useTranslations('topicSizes');
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('partition')}</th>
            <th scope="col" className="num" title={t('sizeTitle')}>{t('size')}</th>
            <th scope="col">{t('replicas')}</th>
          </tr>
        </thead>
        <tbody>
          {sizes.partitions.map((p) => (
            <tr key={p.partition}>
              <td className="num">{p.partition}</td>
              <td className="num">{f.bytes(p.sizeBytes)}</td>
              <td>
                {p.replicas.length === 0 ? (
                  <span className="muted">{t('noReplica')}</span>
                ) : (
                  <span className="row" style={{ gap: 6, flexWrap: 'wrap' }}>
                    {p.replicas.map((r) => (
                      <span key={`${r.brokerId}:${r.logDir}:${r.isFuture}`} className="badge muted" title={r.logDir}>
                        {r.brokerId}: {f.bytes(r.sizeBytes)}
                        {r.isFuture ? ` ${t('moving')}` : ''}
                      </span>
                    ))}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
