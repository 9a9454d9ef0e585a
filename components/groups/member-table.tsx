import type { GroupMember } from '@/lib/api/schemas/groups';

export function MemberTable({ members }: { members: GroupMember[] }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Group members</caption>
        <thead>
          <tr>
            <th scope="col">Client ID</th>
            <th scope="col">Host</th>
            <th scope="col">Member ID</th>
            <th scope="col">Assigned partitions</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.memberId}>
              <td className="wrap">{m.clientId}</td>
              <td className="mono nowrap">{m.host}</td>
              <td className="mono wrap">{m.memberId}</td>
              <td className="wrap">
                {m.assignment.length ? (
                  m.assignment.map((a) => (
                    <div key={a.topic}>
                      {a.topic}: <span className="mono">{a.partitions.join(', ')}</span>
                    </div>
                  ))
                ) : (
                  <span className="muted">none</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
