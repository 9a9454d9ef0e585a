'use client';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
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
import type { GroupDetail, LagHistory } from '@/lib/api/schemas/groups';
import { ApiError } from '@/lib/api/client';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';
import { CopyButton } from '@/components/ui/copy-button';

/** The lag history's ranges; the API keeps (and answers) up to 7 days. */
const RANGES_MINUTES = [15, 60, 360, 1440, 10_080] as const;

function GroupStats({ g }: { g: GroupDetail }) {
  const t = useTranslations('group');
  const unknown = useTranslations('common')('unknown');
  const none = useTranslations('common')('none');
  const f = useFormat();
  return (
    <div className="stats">
      <Stat label={t('totalLag')} value={g.totalLag} note={t('messagesUnit')} tone={g.totalLag > 0 ? 'neutral' : 'good'} />
      <Stat label={t('lagTime')} value={g.maxLagSeconds === null ? unknown : g.maxLagSeconds === 0 ? '0 s' : `≈ ${f.duration(g.maxLagSeconds * 1000)}`} note={t('lagTimeNote')} />
      <Stat label={t('members')} value={g.members.length} note={g.assignor ? t('assignor', { name: g.assignor }) : undefined} />
      <Stat
        label={t('typeLabel')}
        value={g.type}
        note={g.groupEpoch === null ? t('protocolNote', { protocol: g.protocolType || none }) : t('epochsNote', { group: g.groupEpoch, assignment: g.assignmentEpoch ?? none })}
      />
      <Stat label={t('partitions')} value={g.partitions.length} note={t('coordinator', { id: g.coordinator })} />
    </div>
  );
}

export function GroupView({ cluster, group }: { cluster: string; group: string }) {
  const t = useTranslations('group');
  const nav = useTranslations('nav');
  const groupIdWhat = useTranslations('groups')('groupIdWhat');
  const f = useFormat();
  const [minutes, setMinutes] = useState<(typeof RANGES_MINUTES)[number]>(60);
  const detail = useQuery(groupQuery(cluster, group));
  const history = useQuery({ ...lagHistoryQuery(cluster, group, minutes), placeholderData: keepPreviousData });
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const queryClient = useQueryClient();
  const router = useRouter();
  const [dialog, setDialog] = useState<'reset' | 'delete' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const listHref = `/clusters/${encodeURIComponent(cluster)}/consumer-groups`;
  const active = (detail.data?.members.length ?? 0) > 0;
  const { whyNot } = useClusterPermissions(cluster);
  const why = readOnly ? t('readOnly') : active ? t('stopFirst') : undefined;
  const whyReset = whyNot('groups:reset') ?? why;
  const whyDelete = whyNot('groups:delete') ?? why;
  const missing = detail.error instanceof ApiError && detail.error.code === 'not_found';
  const clusterBase = `/clusters/${encodeURIComponent(cluster)}`;
  const topics = [...new Set(detail.data?.partitions.map((p) => p.topic) ?? [])];

  // A group that does not exist has nothing to reset or delete: no actions rather than greyed ones.
  const actions = missing ? undefined : (
    <>
      <button type="button" className="button" disabled={!detail.data || !!whyReset} title={whyReset} onClick={() => setDialog('reset')}>
        {t('reset')}
      </button>
      <button type="button" className="button danger" disabled={!detail.data || !!whyDelete} title={whyDelete} onClick={() => setDialog('delete')}>
        {t('delete')}
      </button>
    </>
  );
  const historyHint = (h: LagHistory) => {
    const first = h.points[0];
    const last = h.points[h.points.length - 1];
    if (!first || !last) return t('historyEmptyHint');
    return t('historyHint', {
      from: f.instant(Date.parse(first.at)),
      to: f.instant(Date.parse(last.at)),
      interval: f.duration(h.intervalMs),
      where: h.source === 'topic' ? h.historyTopic : t('historyMemory'),
    });
  };
  return (
    <div className="stack">
      <PageHead
        title={
          <span style={{ overflowWrap: 'anywhere' }}>
            {group}
            {!missing && <CopyButton text={group} what={groupIdWhat} />}
          </span>
        }
        sub={
          <span className="row" style={{ gap: 8 }}>
            <Link href={listHref}>{nav('consumer-groups')}</Link>
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
      <DataView query={detail} label={t('label')} height={90}>
        {(g) => <GroupStats g={g} />}
      </DataView>
      {/* Unknown group or unreachable cluster: said once above, not again in every panel. */}
      {!detail.isError && (
        <>
          <Panel
            title={t('lagOverTime')}
            hint={history.data ? historyHint(history.data) : undefined}
            actions={
              <label className="row compact">
                <span className="muted">{t('range')}</span>
                <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value) as (typeof RANGES_MINUTES)[number])}>
                  {RANGES_MINUTES.map((m) => (
                    <option key={m} value={m}>
                      {m < 60 ? t('minutes', { count: m }) : m < 1440 ? t('hours', { count: m / 60 }) : t('days', { count: m / 1440 })}
                    </option>
                  ))}
                </select>
              </label>
            }
          >
            <DataView
              query={history}
              label={t('historyLabel')}
              height={260}
              isEmpty={(h) => h.points.length < 2}
              empty={<EmptyState title={t('collecting')} height={260}>{t('collectingText')}</EmptyState>}
            >
              {(h) => <LagChart history={h} />}
            </DataView>
          </Panel>
          <Panel title={t('partitions')} hint={t('partitionsHint')}>
            <DataView query={detail} label={t('partitionsLabel')} isEmpty={(g) => g.partitions.length === 0} empty={<EmptyState title={t('noOffsets')}>{t('noOffsetsText')}</EmptyState>}>
              {(g) => <PartitionLagTable partitions={g.partitions} topicHref={(topic) => `${clusterBase}/topics/${encodeURIComponent(topic)}`} />}
            </DataView>
          </Panel>
          {detail.data?.sharePartitions && (
            <Panel title={t('sharePartitions')} hint={t('sharePartitionsHint')}>
              <DataView query={detail} label={t('sharePartitionsLabel')} height={100} isEmpty={(g) => !g.sharePartitions?.length} empty={<EmptyState title={t('noSharePartitions')} height={100}>{t('noSharePartitionsText')}</EmptyState>}>
                {(g) => <SharePartitionTable partitions={g.sharePartitions ?? []} />}
              </DataView>
            </Panel>
          )}
          <Panel title={t('members')}>
            <DataView query={detail} label={t('membersLabel')} height={100} isEmpty={(g) => g.members.length === 0} empty={<EmptyState title={t('noMembers')} height={100}>{t('noMembersText')}</EmptyState>}>
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
