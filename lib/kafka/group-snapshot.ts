import 'server-only';
// One consistent snapshot of a cluster's groups: state, members, committed offsets and watermarks, each
// partition's end offset fetched once and shared by every group reading it. What the numbers mean (lag,
// verdicts) is lib/groups' business.
import { withRawCluster } from './client';
import {
  asGroupCluster,
  describeGroupStates,
  fetchCommittedOffsets,
  type GroupState,
  type GroupToDescribe,
  type LeaderMap,
  listGroupIds,
  type RequestCounter,
} from './group-protocol';
import { getClusterMetadata } from './metadata';
import { fetchWatermarks } from './partition-offsets';
import { partitionKey } from './partition-plan';

export interface SnapshotPartition {
  topic: string;
  partition: number;
  committedOffset: number | null;
  logStartOffset: number;
  logEndOffset: number;
  leader: number;
  member?: { memberId: string; clientId: string; host: string };
}

export interface SnapshotGroup {
  state: GroupState;
  partitions: SnapshotPartition[];
}

export interface GroupOffsetsSnapshot {
  takenAtMs: number;
  /** Kafka requests this snapshot sent, metadata included. */
  kafkaRequests: number;
  groups: SnapshotGroup[];
}

/** Kafka answers -1 for "no committed offset"; anything negative means the same. */
export function parseCommittedOffset(raw: string | number): number | null {
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** groupIds undefined: every group of the cluster (ListGroups on each broker). */
export async function takeGroupOffsetsSnapshot(clusterName: string, groupIds?: string[]): Promise<GroupOffsetsSnapshot> {
  const counter: RequestCounter = { count: 1 };
  const md = await getClusterMetadata(clusterName);
  const leaderOf = new Map<string, number>();
  for (const t of md.topics) for (const p of t.partitions) leaderOf.set(partitionKey(t.name, p.partition), p.leader);

  const states = await withRawCluster(clusterName, async (raw) => {
    const cluster = asGroupCluster(raw);
    const wanted: GroupToDescribe[] = groupIds
      ? groupIds.map((groupId) => ({ groupId }))
      : [...new Map((await listGroupIds(cluster, md.brokers.map((b) => b.id), counter)).map((listed) => [listed.groupId, { groupId: listed.groupId, listed }])).values()];
    return wanted.length ? describeGroupStates(cluster, clusterName, wanted, counter) : [];
  });
  // Dead: the group does not exist (DescribeGroups answers for any id).
  const live = states.filter((s) => s.state !== 'Dead');
  const committed = await withRawCluster(clusterName, (raw) => fetchCommittedOffsets(asGroupCluster(raw), clusterName, live, counter));

  const perGroup = live.map((state, i) => {
    const owners = new Map<string, SnapshotPartition['member']>();
    for (const m of state.members) {
      for (const a of m.assignment) for (const p of a.partitions) owners.set(partitionKey(a.topic, p), { memberId: m.memberId, clientId: m.clientId, host: m.host });
    }
    const offsets = new Map<string, number | null>();
    for (const c of committed[i]!) offsets.set(partitionKey(c.topic, c.partition), parseCommittedOffset(c.offset));
    // A share group commits no offsets: its progress is per share-partition (DescribeShareGroupOffsets), not lag here.
    if (state.type !== 'share') for (const key of owners.keys()) if (!offsets.has(key)) offsets.set(key, null);
    return { state, owners, offsets };
  });

  const leaders: LeaderMap = new Map();
  const wanted = new Set(perGroup.flatMap((g) => [...g.offsets.keys()]));
  for (const key of wanted) {
    const leader = leaderOf.get(key);
    if (leader === undefined || leader < 0) continue;
    const [topic, partition] = key.split('\u0000') as [string, string];
    leaders.set(leader, [...(leaders.get(leader) ?? []), { topic, partition: Number(partition) }]);
  }
  const marks = await withRawCluster(clusterName, (raw) => fetchWatermarks(asGroupCluster(raw), leaders, counter));

  const groups = perGroup.map(({ state, owners, offsets }): SnapshotGroup => {
    const partitions: SnapshotPartition[] = [];
    for (const [key, committedOffset] of offsets) {
      const m = marks.get(key);
      // A deleted topic or an offline partition has no watermarks: nothing to measure against.
      if (!m) continue;
      const [topic, partition] = key.split('\u0000') as [string, string];
      partitions.push({ topic, partition: Number(partition), committedOffset, ...m, leader: leaderOf.get(key)!, member: owners.get(key) });
    }
    partitions.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
    return { state, partitions };
  });
  return { takenAtMs: Date.now(), kafkaRequests: counter.count, groups };
}

// The list view and the sampler ask for the same thing; within this window they share one snapshot.
const SHARE_MS = 2_000;
const shared = new Map<string, { atMs: number; value: Promise<GroupOffsetsSnapshot> }>();

export function sharedGroupOffsetsSnapshot(clusterName: string): Promise<GroupOffsetsSnapshot> {
  const hit = shared.get(clusterName);
  if (hit && Date.now() - hit.atMs < SHARE_MS) return hit.value;
  const value = takeGroupOffsetsSnapshot(clusterName);
  shared.set(clusterName, { atMs: Date.now(), value });
  value.catch(() => shared.delete(clusterName));
  return value;
}

/** After a reset or delete, the next view must not show the snapshot from before it. */
export function forgetSharedSnapshot(clusterName: string): void {
  shared.delete(clusterName);
}
