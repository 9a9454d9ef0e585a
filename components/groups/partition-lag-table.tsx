import type { PartitionLagRow } from '@/lib/api/schemas/groups';
import { LagTime, VerdictBadge } from './badges';

export function PartitionLagTable({ partitions }: { partitions: PartitionLagRow[] }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Lag per partition</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col" className="num">Partition</th>
            <th scope="col" className="num">Committed</th>
            <th scope="col" className="num">Log start</th>
            <th scope="col" className="num">Log end</th>
            <th scope="col" className="num">Lag</th>
            <th scope="col" className="num" title="Estimate: age of the next unread message">Lag in time (est.)</th>
            <th scope="col">Health</th>
            <th scope="col">Consumer</th>
          </tr>
        </thead>
        <tbody>
          {partitions.map((p) => (
            <tr key={`${p.topic}/${p.partition}`}>
              <td className="wrap">{p.topic}</td>
              <td className="num">{p.partition}</td>
              <td className="num">{p.committedOffset === null ? <span className="muted" title="Nothing committed yet">none</span> : p.committedOffset.toLocaleString('en-US')}</td>
              <td className="num">{p.logStartOffset.toLocaleString('en-US')}</td>
              <td className="num">{p.logEndOffset.toLocaleString('en-US')}</td>
              <td className="num">
                {p.lag.toLocaleString('en-US')}
                {p.lagBasis === 'uncommitted' && (
                  <span className="muted" title="Nothing committed: the whole retained partition">
                    {' '}
                    (all)
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
                  <span className="muted">unassigned</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
