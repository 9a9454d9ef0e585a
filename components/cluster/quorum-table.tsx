import type { Quorum } from '@/lib/api/schemas/cluster';

/** KRaft voters and observers, with how far each trails the metadata log's high watermark. */
export function QuorumTable({ quorum }: { quorum: Quorum }) {
  const rows = [
    ...quorum.voters.map((r) => ({ ...r, role: r.id === quorum.leaderId ? 'leader' : 'voter' })),
    ...quorum.observers.map((r) => ({ ...r, role: 'observer' })),
  ];
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">KRaft metadata quorum</caption>
        <thead>
          <tr>
            <th scope="col">Node</th>
            <th scope="col">Role</th>
            <th scope="col" className="num">Metadata offset</th>
            <th scope="col" className="num">Lag (records)</th>
            <th scope="col">Last caught up</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.role}-${r.id}`}>
              <td>{r.id}</td>
              <td>
                <span className={r.role === 'leader' ? 'badge info' : 'badge muted'}>{r.role}</span>
              </td>
              <td className="num">{Number(r.logEndOffset).toLocaleString('en-US')}</td>
              <td className="num">
                <span className={r.lag === '0' ? 'badge ok' : 'badge warn'}>{Number(r.lag).toLocaleString('en-US')}</span>
              </td>
              <td className="muted">{r.lastCaughtUpTimestamp ? new Date(r.lastCaughtUpTimestamp).toLocaleTimeString() : 'unknown'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
