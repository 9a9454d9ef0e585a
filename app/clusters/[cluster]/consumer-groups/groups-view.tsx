'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { GroupTable } from '@/components/groups/group-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import { groupsQuery } from '@/lib/api/queries';
import type { GroupSummary } from '@/lib/api/schemas/groups';

const STATES = ['Stable', 'Empty', 'PreparingRebalance', 'CompletingRebalance'];

function GroupStats({ groups }: { groups: GroupSummary[] }) {
  const unhealthy = groups.filter((g) => g.status !== 'OK').length;
  return (
    <div className="stats">
      <Stat label="Groups" value={groups.length} />
      <Stat label="Active" value={groups.filter((g) => g.members > 0).length} note="with members" />
      <Stat label="Total lag" value={groups.reduce((n, g) => n + g.totalLag, 0)} note="messages, all groups" />
      <Stat label="Needing attention" value={unhealthy} tone={unhealthy ? 'bad' : 'good'} note="WARN, STALL, STOP or ERR" />
    </div>
  );
}

export function GroupsView({ cluster }: { cluster: string }) {
  const groups = useQuery(groupsQuery(cluster));
  const [search, setSearch] = useState('');
  const [state, setState] = useState('');
  const base = `/clusters/${encodeURIComponent(cluster)}/consumer-groups`;
  const shown = (groups.data?.groups ?? []).filter(
    (g) => g.groupId.toLowerCase().includes(search.trim().toLowerCase()) && (!state || g.state === state),
  );
  const filters = (
    <div className="row">
      <input type="search" aria-label="Filter groups by id" placeholder="Filter by group id" value={search} onChange={(e) => setSearch(e.target.value)} />
      <select aria-label="Group state" value={state} onChange={(e) => setState(e.target.value)}>
        <option value="">All states</option>
        {STATES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="stack">
      <PageHead title="Consumer groups" sub="Lag is the log end offset minus the committed offset. Health is judged over the last samples." />
      {/* A failure shows once, in the panel below; the figures appear with the data. */}
      {groups.data && <GroupStats groups={groups.data.groups} />}
      <Panel title="Groups" hint={groups.data ? `${shown.length} of ${groups.data.groups.length}, largest lag first` : undefined} actions={filters}>
        <DataView
          query={groups}
          label="consumer groups"
          isEmpty={(d) => d.groups.length === 0}
          empty={<EmptyState title="No consumer groups yet">Groups appear here once a consumer joins one or commits an offset.</EmptyState>}
        >
          {() =>
            shown.length ? (
              <GroupTable groups={shown} hrefFor={(id) => `${base}/${encodeURIComponent(id)}`} />
            ) : (
              <EmptyState title="No group matches">Change the filter to see more groups.</EmptyState>
            )
          }
        </DataView>
      </Panel>
    </div>
  );
}
