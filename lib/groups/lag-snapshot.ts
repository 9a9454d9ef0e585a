import 'server-only';
// Lag on top of Kafka's group offsets snapshot: each partition's lag, how it was measured, and whether the
// committed offset fell behind retention; and the same snapshot as a history sample.
import { type GroupOffsetsSnapshot, sharedGroupOffsetsSnapshot, type SnapshotGroup as OffsetsGroup, type SnapshotPartition as OffsetsPartition, takeGroupOffsetsSnapshot } from '../kafka/group-snapshot';
import type { GroupSample } from './history';
import { computePartitionLag, type PartitionLag } from './lag';

export { forgetSharedSnapshot } from '../kafka/group-snapshot';

export type SnapshotPartition = OffsetsPartition & PartitionLag;
export interface SnapshotGroup extends Omit<OffsetsGroup, 'partitions'> {
  partitions: SnapshotPartition[];
}
export interface LagSnapshot extends Omit<GroupOffsetsSnapshot, 'groups'> {
  groups: SnapshotGroup[];
}

function withLag(snapshot: GroupOffsetsSnapshot): LagSnapshot {
  return {
    ...snapshot,
    groups: snapshot.groups.map((g) => ({ ...g, partitions: g.partitions.map((p) => ({ ...p, ...computePartitionLag(p.committedOffset, p) })) })),
  };
}

/** groupIds undefined: every group of the cluster. */
export async function takeLagSnapshot(clusterName: string, groupIds?: string[]): Promise<LagSnapshot> {
  return withLag(await takeGroupOffsetsSnapshot(clusterName, groupIds));
}

/** The list view, the exporter and the sampler share one snapshot within a short window. */
export async function sharedLagSnapshot(clusterName: string): Promise<LagSnapshot> {
  return withLag(await sharedGroupOffsetsSnapshot(clusterName));
}

export function toGroupSample(atMs: number, g: OffsetsGroup): GroupSample {
  return {
    groupId: g.state.groupId,
    atMs,
    partitions: g.partitions.map((p) => ({
      topic: p.topic,
      partition: p.partition,
      committedOffset: p.committedOffset,
      logStartOffset: p.logStartOffset,
      logEndOffset: p.logEndOffset,
      assigned: p.member !== undefined,
    })),
  };
}
