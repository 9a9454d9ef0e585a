'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { GroupStateBadge, VerdictBadge } from '@/components/groups/badges';
import { DeleteGroupDialog } from '@/components/groups/delete-dialog';
import { LagChart } from '@/components/groups/lag-chart';
import { MemberTable } from '@/components/groups/member-table';
import { PartitionLagTable } from '@/components/groups/partition-lag-table';
import { ResetDialog } from '@/components/groups/reset-dialog';
import { SharePartitionTable } from '@/components/groups/share-partition-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import { groupQuery, keys, lagHistoryQuery, overviewQuery } from '@/lib/api/queries';
import { useClusterPermissions } from '@/lib/api/use-permissions';
import type { GroupDetail } from '@/lib/api/schemas/groups';
import { formatDuration } from '@/lib/groups/format';

const HISTORY_MINUTES = 60;

function GroupStats({ g }: { g: GroupDetail }) {
  return (
    <div className="stats">
      <Stat label="Total lag" value={g.totalLag} note="messages" tone={g.totalLag > 0 ? 'neutral' : 'good'} />
      <Stat label="Lag in time" value={g.maxLagSeconds === null ? 'unknown' : g.maxLagSeconds === 0 ? '0 s' : `≈ ${formatDuration(g.maxLagSeconds)}`} note="estimate: oldest unread message" />
      <Stat label="Members" value={g.members.length} note={g.assignor ? `assignor ${g.assignor}` : undefined} />
      <Stat label="Type" value={g.type} note={g.groupEpoch === null ? `protocol ${g.protocolType || 'none'}` : `group epoch ${g.groupEpoch}, assignment epoch ${g.assignmentEpoch}`} />
      <Stat label="Partitions" value={g.partitions.length} note={`coordinator broker ${g.coordinator}`} />
    </div>
  );
}

export function GroupView({ cluster, group }: { cluster: string; group: string }) {
  const detail = useQuery(groupQuery(cluster, group));
  const history = useQuery(lagHistoryQuery(cluster, group, HISTORY_MINUTES));
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const queryClient = useQueryClient();
  const router = useRouter();
  const [dialog, setDialog] = useState<'reset' | 'delete' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const listHref = `/clusters/${encodeURIComponent(cluster)}/consumer-groups`;
  const active = (detail.data?.members.length ?? 0) > 0;
  const { whyNot } = useClusterPermissions(cluster);
  const why = readOnly ? 'The cluster is read-only' : active ? 'Stop the group’s consumers first' : undefined;
  const whyReset = whyNot('groups:reset') ?? why;
  const whyDelete = whyNot('groups:delete') ?? why;
  const topics = [...new Set(detail.data?.partitions.map((p) => p.topic) ?? [])];

  const actions = (
    <>
      <button type="button" className="button" disabled={!detail.data || !!whyReset} title={whyReset} onClick={() => setDialog('reset')}>
        Reset offsets
      </button>
      <button type="button" className="button danger" disabled={!detail.data || !!whyDelete} title={whyDelete} onClick={() => setDialog('delete')}>
        Delete group
      </button>
    </>
  );
  return (
    <div className="stack">
      <PageHead
        title={group}
        sub={
          <span className="row" style={{ gap: 8 }}>
            <Link href={listHref}>Consumer groups</Link>
            {detail.data && <GroupStateBadge state={detail.data.state} />}
            {detail.data && <VerdictBadge status={detail.data.status} reason={detail.data.statusReason} />}
            {detail.data && <span className="muted">{detail.data.statusReason}</span>}
          </span>
        }
        actions={actions}
      />
      {notice && (
        <div className="callout" role="status">
          {notice}
        </div>
      )}
      <DataView query={detail} label="consumer group" height={90}>
        {(g) => <GroupStats g={g} />}
      </DataView>
      {/* Unknown group or unreachable cluster: said once above, not again in every panel. */}
      {!detail.isError && (
        <>
          <Panel title="Lag over time" hint={history.data ? `last ${HISTORY_MINUTES} min, a sample every ${Math.round(history.data.intervalMs / 1000)} s (${history.data.source === 'topic' ? history.data.historyTopic : 'server memory: read-only cluster'})` : undefined}>
            <DataView
              query={history}
              label="lag history"
              height={260}
              isEmpty={(h) => h.points.length < 2}
              empty={<EmptyState title="Collecting samples" height={260}>The chart appears after two lag samples.</EmptyState>}
            >
              {(h) => <LagChart history={h} />}
            </DataView>
          </Panel>
          <Panel title="Partitions" hint="Lag in time is an estimate: the age of the next unread message.">
            <DataView query={detail} label="partitions" isEmpty={(g) => g.partitions.length === 0} empty={<EmptyState title="No offsets">The group has no committed offsets and no assigned partitions.</EmptyState>}>
              {(g) => <PartitionLagTable partitions={g.partitions} />}
            </DataView>
          </Panel>
          {detail.data?.sharePartitions && (
            <Panel title="Share-partitions" hint="A share group commits no offsets: each partition has a start offset below which every record is acknowledged.">
              <DataView query={detail} label="share-partitions" height={100} isEmpty={(g) => !g.sharePartitions?.length} empty={<EmptyState title="No share-partitions" height={100}>Partitions appear once the group has been assigned some.</EmptyState>}>
                {(g) => <SharePartitionTable partitions={g.sharePartitions ?? []} />}
              </DataView>
            </Panel>
          )}
          <Panel title="Members">
            <DataView query={detail} label="members" height={100} isEmpty={(g) => g.members.length === 0} empty={<EmptyState title="No active members" height={100}>No consumer is in the group right now.</EmptyState>}>
              {(g) => <MemberTable members={g.members} />}
            </DataView>
          </Panel>
        </>
      )}
      {dialog === 'reset' && (
        <ResetDialog
          cluster={cluster}
          group={group}
          topics={topics}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setDialog(null);
            setNotice(message);
            void queryClient.invalidateQueries({ queryKey: keys.groups(cluster) });
          }}
        />
      )}
      {dialog === 'delete' && (
        <DeleteGroupDialog
          cluster={cluster}
          group={group}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            void queryClient.invalidateQueries({ queryKey: keys.groups(cluster) });
            router.push(listHref);
          }}
        />
      )}
    </div>
  );
}
