import type { GroupDetail } from '@/lib/api/schemas/groups';

/** Where a share group stands in each share-partition, as kafka-share-groups --describe prints it. */
export function SharePartitionTable({ partitions }: { partitions: NonNullable<GroupDetail['sharePartitions']> }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Share-partitions</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col" className="num">Partition</th>
            <th scope="col" className="num">Start offset</th>
            <th scope="col" className="num">Lag</th>
          </tr>
        </thead>
        <tbody>
          {partitions.map((p) => (
            <tr key={`${p.topic}-${p.partition}`}>
              <td className="wrap">{p.topic}</td>
              <td className="num">{p.partition}</td>
              <td className="num">{p.startOffset ?? <span className="muted">not started</span>}</td>
              <td className="num">{p.lag ?? <span className="muted">unknown</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
