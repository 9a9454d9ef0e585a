'use client';
// Plan → diff → throttle → confirm → progress → done (throttle removed), or cancel. The page keeps the plan it
// started so it can ask the server to finish it (remove the throttle) once nothing moves any more.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ReassignmentConfirmDialog, ReassignmentCancelDialog } from '@/components/cluster/reassignment-dialogs';
import { ReassignmentDiffTable } from '@/components/cluster/reassignment-diff-table';
import { ReassignmentPlanForm } from '@/components/cluster/reassignment-plan-form';
import { ReassignmentProgressTable } from '@/components/cluster/reassignment-progress-table';
import styles from '@/components/topics/topics.module.css';
import { DataView, EmptyState, ErrorState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { keys, leadershipQuery, overviewQuery, reassignmentsQuery } from '@/lib/api/queries';
import { useClusterPermissions } from '@/lib/api/use-permissions';
import {
  cancelReassignmentRequest,
  completeReassignmentRequest,
  executeReassignmentRequest,
  type PlannedPartition,
  proposeReassignmentRequest,
} from '@/lib/api/reassignment-actions';
import type { ReassignmentPlanBody } from '@/lib/api/schemas/reassignments';

const MIB = 1_048_576;

export function ReassignmentsView({ cluster }: { cluster: string }) {
  const t = useTranslations('reassignments');
  const queryClient = useQueryClient();
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const mayMove = useClusterPermissions(cluster).can('reassignments:write');
  const brokerIds = useQuery(leadershipQuery(cluster)).data?.brokers.map((b) => b.brokerId) ?? [];
  const progress = useQuery(reassignmentsQuery(cluster));
  const [throttleMiB, setThrottleMiB] = useState('10');
  const [confirming, setConfirming] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [active, setActive] = useState<PlannedPartition[] | null>(null);

  const propose = useMutation({ mutationFn: (body: ReassignmentPlanBody) => proposeReassignmentRequest(cluster, body) });
  const throttleBytes = throttleMiB.trim() === '' ? null : Math.max(1, Math.round(Number(throttleMiB) * MIB));
  const execute = useMutation({
    mutationFn: (plan: PlannedPartition[]) => executeReassignmentRequest(cluster, plan, throttleBytes),
    onSuccess: (_answer, plan) => {
      setConfirming(false);
      setActive(plan);
      // The started plan is no longer a proposal: a new one starts from the cluster as it is now.
      propose.reset();
      complete.reset();
      void queryClient.invalidateQueries({ queryKey: keys.reassignments(cluster) });
    },
  });
  const complete = useMutation({ mutationFn: (plan: PlannedPartition[]) => completeReassignmentRequest(cluster, plan) });
  const cancel = useMutation({
    mutationFn: (partitions: { topic: string; partition: number }[]) => cancelReassignmentRequest(cluster, partitions),
    onSuccess: () => {
      setCancelling(false);
      void queryClient.invalidateQueries({ queryKey: keys.reassignments(cluster) });
    },
  });

  // Once none of the started plan's partitions is under way, the server removes the throttle and says so.
  const under = progress.data?.partitions ?? [];
  const stillMoving = active?.filter((a) => under.some((p) => p.topic === a.topic && p.partition === a.partition)).length ?? 0;
  const finished = complete.data?.throttleRemoved === true;
  // Asked only on a progress answer newer than the start (the one before it knew nothing of the plan), once
  // per fresh answer at most; a failure stays on screen instead of being retried in a loop.
  const freshSinceStart = progress.dataUpdatedAt > execute.submittedAt;
  const askAgain = freshSinceStart && (complete.isIdle || (complete.isSuccess && !finished && progress.dataUpdatedAt > complete.submittedAt));
  useEffect(() => {
    if (active && progress.data?.partitions.length === 0 && askAgain) complete.mutate(active);
  }, [active, progress.data, askAgain, complete]);

  const proposal = propose.data;
  const notMoved = complete.data?.partitions.filter((p) => p.state !== 'done').length ?? 0;
  return (
    <div className="stack">
      <PageHead title={t('title')} sub={t('sub')} />
      <Panel title={t('planTitle')} hint={t('planHint')}>
        <div className="stack" style={{ gap: 12 }}>
          {mayMove ? (
            <ReassignmentPlanForm brokerIds={brokerIds} busy={propose.isPending} onPropose={(body) => propose.mutate(body)} />
          ) : (
            <p className="muted">{t('notPermitted')}</p>
          )}
          {propose.isError && <ErrorState error={propose.error} badRequestTitle={t('proposalFailed')} height={120} />}
          {proposal && proposal.moves.length === 0 && <EmptyState title={t('nothingToMove')} height={120}>{t('nothingToMoveText')}</EmptyState>}
          {proposal && proposal.moves.length > 0 && (
            <>
              <h3>{t('diffTitle')}</h3>
              <p className="muted">{t('diffHint', { count: proposal.moves.length })}</p>
              <ReassignmentDiffTable moves={proposal.moves} />
              <div className="row" style={{ gap: 12, alignItems: 'flex-end', flexWrap: 'wrap' }}>
                <label className={styles.field}>
                  {t('throttle')}
                  <input type="number" min={0.001} step="any" value={throttleMiB} onChange={(e) => setThrottleMiB(e.target.value)} />
                </label>
                <button
                  type="button"
                  className="button primary"
                  onClick={() => setConfirming(true)}
                  disabled={readOnly}
                  title={readOnly ? t('readOnly') : undefined}
                >
                  {t('start')}
                </button>
              </div>
              <p className="muted">{t('throttleHelp')}</p>
            </>
          )}
        </div>
      </Panel>
      {complete.isError && <ErrorState error={complete.error} onRetry={() => active && complete.mutate(active)} height={80} />}
      {active && (
        <div className={finished ? 'callout' : 'callout warn'} role="status">
          {finished
            ? notMoved > 0
              ? t('doneCancelled', { count: notMoved })
              : `${t('done', { count: active.length })} ${t('electHint')}`
            : t('waiting', { count: Math.max(stillMoving, 1) })}
        </div>
      )}
      <Panel
        title={t('progressTitle')}
        hint={t('progressHint')}
        actions={
          under.length > 0 && (
            <button type="button" className="button danger" onClick={() => setCancelling(true)} disabled={readOnly || !mayMove} title={readOnly ? t('readOnly') : !mayMove ? t('notPermitted') : undefined}>
              {t('cancelMove')}
            </button>
          )
        }
      >
        <DataView
          query={progress}
          label={t('progressLabel')}
          height={200}
          isEmpty={(d) => d.partitions.length === 0}
          empty={<EmptyState title={t('noneTitle')} height={200}>{t('noneText')}</EmptyState>}
        >
          {(d) => <ReassignmentProgressTable partitions={d.partitions} />}
        </DataView>
      </Panel>
      {confirming && proposal && (
        <ReassignmentConfirmDialog
          moves={proposal.moves}
          throttledBrokers={proposal.throttledBrokers}
          throttleBytesPerSecond={throttleBytes}
          pending={execute.isPending}
          error={execute.error}
          onConfirm={() => execute.mutate(proposal.partitions)}
          onClose={() => setConfirming(false)}
        />
      )}
      {cancelling && (
        <ReassignmentCancelDialog
          count={under.length}
          pending={cancel.isPending}
          error={cancel.error}
          onConfirm={() => cancel.mutate(under.map(({ topic, partition }) => ({ topic, partition })))}
          onClose={() => setCancelling(false)}
        />
      )}
    </div>
  );
}
