'use client';
import Link from 'next/link';
import { useState } from 'react';
import type { GroupSummary } from '@/lib/api/schemas/groups';
import { GroupStateBadge, LagTime, VerdictBadge } from './badges';

type SortKey = 'lag' | 'name';

function SortHeader({ label, active, descending, onClick, numeric }: { label: string; active: boolean; descending: boolean; onClick: () => void; numeric?: boolean }) {
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" onClick={onClick}>
        {label}
        <span aria-hidden="true">{active ? (descending ? ' ↓' : ' ↑') : ''}</span>
      </button>
    </th>
  );
}

export function GroupTable({ groups, hrefFor }: { groups: GroupSummary[]; hrefFor: (groupId: string) => string }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'lag', descending: true });
  const toggle = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'lag' }));
  const sorted = [...groups].sort((a, b) => {
    const order = sort.key === 'lag' ? a.totalLag - b.totalLag || b.groupId.localeCompare(a.groupId) : a.groupId.localeCompare(b.groupId);
    return sort.descending ? -order : order;
  });
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Consumer groups</caption>
        <thead>
          <tr>
            <SortHeader label="Group" active={sort.key === 'name'} descending={sort.descending} onClick={() => toggle('name')} />
            <th scope="col">Type</th>
            <th scope="col">State</th>
            <th scope="col">Health</th>
            <th scope="col" className="num">Members</th>
            <th scope="col">Topics</th>
            <th scope="col" className="num" title="Estimate from the lag history">
              Lag in time (est.)
            </th>
            <SortHeader label="Total lag" numeric active={sort.key === 'lag'} descending={sort.descending} onClick={() => toggle('lag')} />
          </tr>
        </thead>
        <tbody>
          {sorted.map((g) => (
            <tr key={g.groupId}>
              <td className="wrap">
                <Link href={hrefFor(g.groupId)}>{g.groupId}</Link>
              </td>
              <td>{g.type}</td>
              <td>
                <GroupStateBadge state={g.state} />
              </td>
              <td>
                <VerdictBadge status={g.status} reason={g.statusReason} />
              </td>
              <td className="num">{g.members}</td>
              <td className="wrap">
                {g.topics.length ? g.topics.join(', ') : <span className="muted">none</span>}
                {g.partitions > 0 && <span className="muted"> · {g.partitions} partitions</span>}
              </td>
              <td className="num">
                <LagTime seconds={g.maxLagSeconds} />
              </td>
              <td className="num">
                {g.totalLag.toLocaleString('en-US')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
