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
import { useTranslations } from 'use-intl';

const STATES = ['Stable', 'Empty', 'PreparingRebalance', 'CompletingRebalance'];

function GroupStats({ groups }: { groups: GroupSummary[] }) {
  const t = useTranslations('groups');
  const unhealthy = groups.filter((g) => g.status !== 'OK').length;
  return (
    <div className="stats">
      <Stat label={t('groups')} value={groups.length} />
      <Stat label={t('active')} value={groups.filter((g) => g.members > 0).length} note={t('withMembers')} />
      <Stat label={t('totalLag')} value={groups.reduce((n, g) => n + g.totalLag, 0)} note={t('totalLagNote')} />
      <Stat label={t('attention')} value={unhealthy} tone={unhealthy ? 'bad' : 'good'} note={t('attentionNote')} />
    </div>
  );
}

export function GroupsView({ cluster }: { cluster: string }) {
  const t = useTranslations('groups');
  const groups = useQuery(groupsQuery(cluster));
  const [search, setSearch] = useState('');
  const [state, setState] = useState('');
  const base = `/clusters/${encodeURIComponent(cluster)}/consumer-groups`;
  const shown = (groups.data?.groups ?? []).filter(
    (g) => g.groupId.toLowerCase().includes(search.trim().toLowerCase()) && (!state || g.state === state),
  );
  const filters = (
    <div className="row">
      <input type="search" aria-label={t('filter')} placeholder={t('filterPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
      <select aria-label={t('state')} value={state} onChange={(e) => setState(e.target.value)}>
        <option value="">{t('allStates')}</option>
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
      <PageHead title={t('title')} sub={t('sub')} />
      {/* A failure shows once, in the panel below; the figures appear with the data. */}
      {groups.data && <GroupStats groups={groups.data.groups} />}
      <Panel title={t('groups')} hint={groups.data ? t('shown', { shown: shown.length, total: groups.data.groups.length }) : undefined} actions={filters}>
        <DataView
          query={groups}
          label={t('label')}
          isEmpty={(d) => d.groups.length === 0}
          empty={<EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>}
        >
          {() =>
            shown.length ? (
              <GroupTable groups={shown} hrefFor={(id) => `${base}/${encodeURIComponent(id)}`} />
            ) : (
              <EmptyState title={t('noMatch')}>{t('noMatchText')}</EmptyState>
            )
          }
        </DataView>
      </Panel>
    </div>
  );
}
