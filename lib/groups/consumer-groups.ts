import 'server-only';
// Consumer groups as the API shows them: list with lag and verdicts, one group in detail with lag in time,
// its lag history, offset reset with preview, and delete.
import type { GroupDetail, GroupList, GroupType, LagHistory, ResetOffsetsBody, ResetOffsetsResult } from '../api/schemas/groups';
import { getCluster } from '../config/clusters';
import { conflict, notFound } from '../errors';
import { buildLagSeries, evaluateGroup, type GroupSample, partitionVerdictKey } from './history';
import { estimateLagSeconds, sumLag } from './lag';
import { maxLagSecondsFromHistory } from './lag-time';
import { planReset, selectPartitions } from './reset';
import { DEFAULT_WINDOW_SAMPLES } from './verdict';
import { withRawCluster } from '../kafka/client';
import { asGroupCluster, commitGroupOffsets, deleteGroupOnCoordinator, describeSharePartitions, type LeaderMap } from '../kafka/group-protocol';
import { forgetSharedSnapshot, type SnapshotGroup, sharedLagSnapshot, takeLagSnapshot, toGroupSample } from './lag-snapshot';
import { LAG_HISTORY, readHistory, rememberedSamples } from './lag-sampler';
import { getClusterMetadata } from '../kafka/metadata';
import { partitionKey } from '../kafka/partition-io';
import { holdsSamplerLease } from '../kafka/sampler-lease';
import { formatLagMetrics } from './lag-metrics';
import { fetchTimestampsAt, fetchWatermarks, listOffsetsAt } from '../kafka/partition-offsets';

/** Lag in time costs one Fetch per leader; past this many lagging partitions the rest show no estimate. */
const TIME_LAG_PARTITIONS_MAX = 500;

/** Samples for a verdict: those taken so far plus the current snapshot, if it is newer. */
function withCurrent(samples: GroupSample[], current: GroupSample): GroupSample[] {
  const last = samples.at(-1);
  return last && last.atMs >= current.atMs ? samples : [...samples, current];
}

export async function listConsumerGroups(clusterName: string, filter: { search?: string; state?: string; type?: GroupType }): Promise<GroupList> {
  getCluster(clusterName);
  const snapshot = await sharedLagSnapshot(clusterName);
  const search = filter.search?.toLowerCase();
  const groups = snapshot.groups
    .filter((g) => (!search || g.state.groupId.toLowerCase().includes(search)) && (!filter.state || g.state.state.toLowerCase() === filter.state.toLowerCase()) && (!filter.type || g.state.type === filter.type))
    .map((g) => {
      const current = toGroupSample(snapshot.takenAtMs, g);
      const samples = withCurrent(rememberedSamples(clusterName, g.state.groupId), current);
      const verdict = evaluateGroup(samples);
      return {
        groupId: g.state.groupId,
        type: g.state.type,
        state: g.state.state,
        protocolType: g.state.protocolType,
        members: g.state.members.length,
        topics: [...new Set(g.partitions.map((p) => p.topic))].sort(),
        partitions: g.partitions.length,
        totalLag: sumLag(g.partitions).totalLag,
        maxLagSeconds: maxLagSecondsFromHistory(samples, current, snapshot.takenAtMs),
        status: verdict.verdict,
        statusReason: verdict.reason,
      };
    })
    .sort((a, b) => b.totalLag - a.totalLag || a.groupId.localeCompare(b.groupId));
  return { takenAt: new Date(snapshot.takenAtMs).toISOString(), kafkaRequests: snapshot.kafkaRequests, groups };
}

async function snapshotOf(clusterName: string, groupId: string): Promise<{ group: SnapshotGroup; takenAtMs: number }> {
  const snapshot = await takeLagSnapshot(clusterName, [groupId]);
  const group = snapshot.groups[0];
  if (!group) throw notFound(`Consumer group "${groupId}" does not exist in cluster "${clusterName}"`);
  return { group, takenAtMs: snapshot.takenAtMs };
}

/** Timestamps of each lagging partition's next unread message (committed offset, or log start if none). */
async function nextMessageTimestamps(clusterName: string, group: SnapshotGroup): Promise<Map<string, number>> {
  const wanted = new Map<number, { topic: string; partition: number; offset: number }[]>();
  const lagging = group.partitions.filter((p) => p.lag > 0 && !p.behindLogStart).slice(0, TIME_LAG_PARTITIONS_MAX);
  for (const p of lagging) wanted.set(p.leader, [...(wanted.get(p.leader) ?? []), { topic: p.topic, partition: p.partition, offset: p.committedOffset ?? p.logStartOffset }]);
  if (!wanted.size) return new Map();
  return withRawCluster(clusterName, (raw) => fetchTimestampsAt(asGroupCluster(raw), wanted, { count: 0 }));
}

/**
 * Each partition's last stable offset: an open transaction holds it below the log end, and a read_committed
 * member of the group cannot read past it. One ListOffsets (read_committed) per leader broker.
 */
async function lastStableOffsets(clusterName: string, group: SnapshotGroup): Promise<Map<string, number>> {
  const leaders: LeaderMap = new Map();
  for (const p of group.partitions) leaders.set(p.leader, [...(leaders.get(p.leader) ?? []), { topic: p.topic, partition: p.partition }]);
  if (!leaders.size) return new Map();
  return withRawCluster(clusterName, (raw) => listOffsetsAt(asGroupCluster(raw), leaders, -1, { count: 0 }, 'read_committed'));
}

/** History since sinceMs: the topic when this cluster is writable and the topic exists, else this process's memory. */
async function historySamples(clusterName: string, groupId: string, sinceMs: number): Promise<{ samples: GroupSample[]; source: 'topic' | 'memory' }> {
  if (!getCluster(clusterName).readOnly) {
    const fromTopic = await readHistory(clusterName, groupId, sinceMs);
    if (fromTopic) return { samples: fromTopic, source: 'topic' };
  }
  return { samples: rememberedSamples(clusterName, groupId).filter((s) => s.atMs >= sinceMs), source: 'memory' };
}

export async function getConsumerGroup(clusterName: string, groupId: string): Promise<GroupDetail> {
  getCluster(clusterName);
  const { group, takenAtMs } = await snapshotOf(clusterName, groupId);
  const windowMs = (DEFAULT_WINDOW_SAMPLES + 1) * LAG_HISTORY.intervalMs;
  const [timestamps, stable, history, sharePartitions] = await Promise.all([
    nextMessageTimestamps(clusterName, group),
    lastStableOffsets(clusterName, group),
    historySamples(clusterName, groupId, takenAtMs - windowMs),
    group.state.type === 'share' ? withRawCluster(clusterName, (raw) => describeSharePartitions(asGroupCluster(raw), clusterName, groupId)) : null,
  ]);
  const samples = withCurrent(history.samples, toGroupSample(takenAtMs, group));
  const verdict = evaluateGroup(samples);
  const partitions = group.partitions.map((p) => {
    const v = verdict.partitions.get(partitionVerdictKey(p.topic, p.partition));
    return {
      topic: p.topic,
      partition: p.partition,
      committedOffset: p.committedOffset,
      logStartOffset: p.logStartOffset,
      logEndOffset: p.logEndOffset,
      lastStableOffset: stable.get(partitionKey(p.topic, p.partition)) ?? null,
      lag: p.lag,
      lagBasis: p.lagBasis,
      lagSeconds: estimateLagSeconds(p.lag, timestamps.get(partitionKey(p.topic, p.partition)) ?? null, takenAtMs),
      ...p.member,
      status: v?.verdict ?? 'OK',
      statusReason: v?.reason ?? 'No samples yet',
    };
  });
  const { totalLag, maxLagSeconds } = sumLag(partitions);
  return {
    groupId,
    type: group.state.type,
    state: group.state.state,
    protocolType: group.state.protocolType,
    assignor: group.state.protocol,
    groupEpoch: group.state.groupEpoch,
    assignmentEpoch: group.state.assignmentEpoch,
    coordinator: group.state.coordinatorId,
    members: group.state.members,
    partitions,
    totalLag,
    maxLagSeconds,
    status: verdict.verdict,
    statusReason: verdict.reason,
    sharePartitions,
    samples: Math.min(samples.length, DEFAULT_WINDOW_SAMPLES),
    takenAt: new Date(takenAtMs).toISOString(),
  };
}

export async function getLagHistory(clusterName: string, groupId: string, minutes: number): Promise<LagHistory> {
  getCluster(clusterName);
  const { samples, source } = await historySamples(clusterName, groupId, Date.now() - minutes * 60_000);
  const points = buildLagSeries(samples);
  return {
    groupId,
    source,
    historyTopic: LAG_HISTORY.topic,
    intervalMs: LAG_HISTORY.intervalMs,
    topics: [...new Set(points.flatMap((p) => Object.keys(p.byTopic)))].sort(),
    points: points.map((p) => ({ at: new Date(p.atMs).toISOString(), totalLag: p.totalLag, byTopic: p.byTopic, status: p.verdict })),
  };
}

/** Kafka changes a group's offsets only while it has no members; we say so before asking it. */
function assertInactive(group: SnapshotGroup, action: string) {
  const { state, members } = group.state;
  if ((state === 'Empty' || state === 'Dead') && members.length === 0) return;
  throw conflict(
    `Cannot ${action} while group "${group.state.groupId}" is ${state} with ${members.length} active member${members.length === 1 ? '' : 's'}: ` +
      'Kafka only allows this for a group without members. Stop its consumers first.',
  );
}

export async function resetGroupOffsets(clusterName: string, groupId: string, req: ResetOffsetsBody): Promise<ResetOffsetsResult> {
  const snapshot = await takeLagSnapshot(clusterName, [groupId]);
  // A group that never existed may be given offsets, as kafka-consumer-groups allows.
  const group = snapshot.groups[0];
  if (group) assertInactive(group, 'reset offsets');
  const md = await getClusterMetadata(clusterName);
  const topic = md.topics.find((t) => t.name === req.topic);
  if (!topic) throw notFound(`Topic "${req.topic}" does not exist in cluster "${clusterName}"`);
  const chosen = selectPartitions(topic.partitions.map((p) => p.partition), req.partitions);
  const leaders: LeaderMap = new Map();
  for (const p of topic.partitions.filter((tp) => chosen.includes(tp.partition))) leaders.set(p.leader, [...(leaders.get(p.leader) ?? []), { topic: topic.name, partition: p.partition }]);
  const timestampMs = typeof req.to === 'object' && 'timestamp' in req.to ? Date.parse(req.to.timestamp) : null;
  const [marks, forTime] = await withRawCluster(clusterName, async (raw) => {
    const cluster = asGroupCluster(raw);
    return Promise.all([fetchWatermarks(cluster, leaders, { count: 0 }), timestampMs === null ? null : listOffsetsAt(cluster, leaders, timestampMs, { count: 0 })]);
  });
  const committed = new Map(group?.partitions.filter((p) => p.topic === topic.name).map((p) => [p.partition, p.committedOffset]));
  const plan = planReset(
    chosen.map((partition) => {
      const key = partitionKey(topic.name, partition);
      const m = marks.get(key);
      if (!m) throw conflict(`Partition ${partition} of "${topic.name}" has no leader right now; try again`);
      // ListOffsets answers -1 when no message is at or after the time.
      const t = forTime?.get(key);
      return { partition, currentOffset: committed.get(partition) ?? null, ...m, offsetForTimestamp: t === undefined || t < 0 ? null : t };
    }),
    req.to,
  );
  if (!req.dryRun) {
    await withRawCluster(clusterName, (raw) => commitGroupOffsets(asGroupCluster(raw), clusterName, groupId, topic.name, plan.map((p) => ({ partition: p.partition, offset: p.newOffset }))));
    forgetSharedSnapshot(clusterName);
  }
  return { groupId, topic: topic.name, dryRun: req.dryRun, partitions: plan.map((p) => ({ topic: topic.name, ...p })) };
}

export async function deleteConsumerGroup(clusterName: string, groupId: string): Promise<{ groupId: string; deleted: true }> {
  const { group } = await snapshotOf(clusterName, groupId);
  assertInactive(group, 'delete the group');
  await withRawCluster(clusterName, (raw) => deleteGroupOnCoordinator(asGroupCluster(raw), clusterName, groupId));
  forgetSharedSnapshot(clusterName);
  return { groupId, deleted: true };
}

/** The Prometheus exporter: every group's lag per partition, lag in time and verdict, from one shared snapshot. */
export async function consumerGroupMetrics(clusterName: string): Promise<string> {
  const list = await listConsumerGroups(clusterName, {});
  const snapshot = await sharedLagSnapshot(clusterName);
  const partitionsOf = new Map(snapshot.groups.map((g) => [g.state.groupId, g.partitions]));
  return formatLagMetrics(clusterName, list.groups.map((g) => ({ ...g, partitions: partitionsOf.get(g.groupId) ?? [] })), holdsSamplerLease(clusterName));
}
