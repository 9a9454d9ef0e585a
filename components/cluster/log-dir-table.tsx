'use client';
// Bytes on disk per broker and log dir, with the volume's total and free space where Kafka reports it.
import type { ClusterSizes } from '@/lib/api/schemas/sizes';
import { formatBytes } from '@/lib/cluster/config-values';

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

export function LogDirTable({ brokers }: { brokers: ClusterSizes['brokers'] }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Log directories</caption>
        <thead>
          <tr>
            <th scope="col">Broker</th>
            <th scope="col">Log dir</th>
            <th scope="col" className="num">Replicas</th>
            <th scope="col" className="num" title="Bytes of the replicas in this directory">Size</th>
            <th scope="col" className="num" title="Free bytes on the volume">Free</th>
            <th scope="col" className="num" title="Size of the volume">Volume</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {brokers.flatMap((b) =>
            b.error || b.logDirs.length === 0
              ? [
                  <tr key={`${b.brokerId}`}>
                    <td>{b.brokerId}</td>
                    <td colSpan={5} className="muted">
                      {b.error ?? 'No log directory reported'}
                    </td>
                    <td>
                      <span className="badge danger">no answer</span>
                    </td>
                  </tr>,
                ]
              : b.logDirs.map((d) => (
                  <tr key={`${b.brokerId}:${d.path}`}>
                    <td>{b.brokerId}</td>
                    <td className="mono wrap">{d.path}</td>
                    <td className="num">{d.replicas.toLocaleString('en-US')}</td>
                    <td className="num">{formatBytes(d.sizeBytes)}</td>
                    <td className="num">
                      {d.usableBytes === null ? (
                        <span className="muted">unknown</span>
                      ) : (
                        <>
                          {formatBytes(d.usableBytes)}
                          {d.totalBytes ? <span className="muted"> ({percent(d.usableBytes, d.totalBytes)})</span> : null}
                        </>
                      )}
                    </td>
                    <td className="num">{d.totalBytes === null ? <span className="muted">unknown</span> : formatBytes(d.totalBytes)}</td>
                    <td>{d.error ? <span className="badge danger" title={d.error}>offline</span> : <span className="badge ok">online</span>}</td>
                  </tr>
                )),
          )}
        </tbody>
      </table>
    </div>
  );
}
