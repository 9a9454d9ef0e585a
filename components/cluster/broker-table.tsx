'use client';
import Link from 'next/link';
import type { Broker } from '@/lib/api/schemas/cluster';

/** host:port, or "unknown" for a broker that is down and was never seen by this server. */
export function brokerAddress(b: Pick<Broker, 'host' | 'port'>): string {
  return b.host === null ? 'unknown' : `${b.host}:${b.port}`;
}

export function BrokerTable({ brokers, hrefFor }: { brokers: Broker[]; hrefFor: (id: number) => string }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Brokers</caption>
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Address</th>
            <th scope="col">Rack</th>
            <th scope="col">Role</th>
            <th scope="col" className="num" title="Partitions this broker leads">Leaders</th>
            <th scope="col" className="num" title="Partition replicas this broker hosts">Replicas</th>
          </tr>
        </thead>
        <tbody>
          {brokers.map((b) => (
            <tr key={b.id}>
              <td>
                <Link href={hrefFor(b.id)} aria-label={`Broker ${b.id}`}>
                  {b.id}
                </Link>
              </td>
              <td className="mono nowrap">
                {brokerAddress(b)}
                {!b.online && (
                  <>
                    {' '}
                    <span className="badge danger" title="Holds replicas but is not among the live brokers">down</span>
                  </>
                )}
              </td>
              <td>{b.rack ?? <span className="muted">none</span>}</td>
              <td>
                {b.isQuorumLeader ? (
                  <span className="badge info" title="Leader of the KRaft metadata quorum (DescribeQuorum)">active controller</span>
                ) : (
                  <span className="muted">broker</span>
                )}
              </td>
              <td className="num">{b.leaderPartitions.toLocaleString('en-US')}</td>
              <td className="num">{b.replicaPartitions.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
