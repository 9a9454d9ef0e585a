'use client';
// Bytes on disk per broker and log dir, with the volume's total and free space where Kafka reports it.
import { useTranslations } from 'use-intl';
import type { ClusterSizes } from '@/lib/api/schemas/sizes';
import { useFormat } from '@/lib/format/use-format';

export function LogDirTable({ brokers }: { brokers: ClusterSizes['brokers'] }) {
  const t = useTranslations('logDirs');
  const f = useFormat();
  const unknown = <span className="muted">{t('unknown')}</span>;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('broker')}</th>
            <th scope="col">{t('logDir')}</th>
            <th scope="col" className="num">{t('replicas')}</th>
            <th scope="col" className="num" title={t('sizeTitle')}>{t('size')}</th>
            <th scope="col" className="num" title={t('freeTitle')}>{t('free')}</th>
            <th scope="col" className="num" title={t('volumeTitle')}>{t('volume')}</th>
            <th scope="col">{t('state')}</th>
          </tr>
        </thead>
        <tbody>
          {brokers.flatMap((b) =>
            b.error || b.logDirs.length === 0
              ? [
                  <tr key={`${b.brokerId}`}>
                    <td>{b.brokerId}</td>
                    <td colSpan={5} className="muted">
                      {b.error ? <span lang="en">{b.error}</span> : t('noneReported')}
                    </td>
                    <td>
                      <span className="badge danger">{t('noAnswer')}</span>
                    </td>
                  </tr>,
                ]
              : b.logDirs.map((d) => (
                  <tr key={`${b.brokerId}:${d.path}`}>
                    <td>{b.brokerId}</td>
                    <td className="mono wrap">{d.path}</td>
                    <td className="num">{f.count(d.replicas)}</td>
                    <td className="num">{f.bytes(d.sizeBytes)}</td>
                    <td className="num">
                      {d.usableBytes === null ? (
                        unknown
                      ) : (
                        <>
                          {f.bytes(d.usableBytes)}
                          {d.totalBytes ? <span className="muted"> ({f.percent(d.usableBytes / d.totalBytes)})</span> : null}
                        </>
                      )}
                    </td>
                    <td className="num">{d.totalBytes === null ? unknown : f.bytes(d.totalBytes)}</td>
                    <td>{d.error ? <span className="badge danger" title={d.error}>{t('offline')}</span> : <span className="badge ok">{t('online')}</span>}</td>
                  </tr>
                )),
          )}
        </tbody>
      </table>
    </div>
  );
}
