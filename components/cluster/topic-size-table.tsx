'use client';
// One topic's bytes on disk per partition, and each replica's share by broker and log dir.
import type { TopicSizes } from '@/lib/api/schemas/sizes';
import { formatBytes } from '@/lib/cluster/config-values';

export function TopicSizeTable({ sizes }: { sizes: TopicSizes }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Size on disk per partition</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Partition</th>
            <th scope="col" className="num" title="All replicas together">Size</th>
            <th scope="col">Replicas (broker: size, log dir)</th>
          </tr>
        </thead>
        <tbody>
          {sizes.partitions.map((p) => (
            <tr key={p.partition}>
              <td className="num">{p.partition}</td>
              <td className="num">{formatBytes(p.sizeBytes)}</td>
              <td>
                {p.replicas.length === 0 ? (
                  <span className="muted">no answering broker holds a replica</span>
                ) : (
                  <span className="row" style={{ gap: 6, flexWrap: 'wrap' }}>
                    {p.replicas.map((r) => (
                      <span key={`${r.brokerId}:${r.logDir}:${r.isFuture}`} className="badge muted" title={r.logDir}>
                        {r.brokerId}: {formatBytes(r.sizeBytes)}
                        {r.isFuture ? ' (moving)' : ''}
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
