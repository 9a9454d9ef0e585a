import type { GroupMember } from '@/lib/api/schemas/groups';

function Assignment({ assignment }: { assignment: GroupMember['assignment'] }) {
  if (!assignment.length) return <span className="muted">none</span>;
  return (
    <>
      {assignment.map((a) => (
        <div key={a.topic}>
          {a.topic}: <span className="mono">{a.partitions.join(', ')}</span>
        </div>
      ))}
    </>
  );
}

/** KIP-848 members also show their epoch and the target assignment they are reconciling towards. */
export function MemberTable({ members }: { members: GroupMember[] }) {
  const epochs = members.some((m) => m.memberEpoch !== null);
  const targets = members.some((m) => m.targetAssignment !== null);
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Group members</caption>
        <thead>
          <tr>
            <th scope="col">Client ID</th>
            <th scope="col">Host</th>
            <th scope="col">Member ID</th>
            {epochs && <th scope="col" className="num">Member epoch</th>}
            <th scope="col">Assigned partitions</th>
            {targets && <th scope="col">Target assignment</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.memberId}>
              <td className="wrap">{m.clientId}</td>
              <td className="mono nowrap">{m.host}</td>
              <td className="mono wrap">{m.memberId}</td>
              {epochs && <td className="num">{m.memberEpoch ?? '—'}</td>}
              <td className="wrap">
                <Assignment assignment={m.assignment} />
              </td>
              {targets && <td className="wrap">{m.targetAssignment ? <Assignment assignment={m.targetAssignment} /> : '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
