import 'server-only';
// Partition offsets for lag, over the group snapshot's cluster connection: earliest and latest offsets,
// offsets for a time, and the timestamp of the message at an offset, each as one request per partition
// leader for all partitions it leads, through the partition reader (read_uncommitted, as
// kafka-consumer-groups reads).
import type { GroupCluster, LeaderMap, RequestCounter } from './group-protocol';
import type { KafkaCluster } from './internals';
import { listOffsetsPerLeader } from './partition-io';
import { firstRecordsAt } from './record-reader';
import { PARTITIONS_PER_REQUEST } from './partition-plan';

/** Log start and end offsets of a partition (the same shape as lib/groups/lag's Watermarks). */
export interface PartitionWatermarks {
  logStartOffset: number;
  logEndOffset: number;
}

/** The snapshot's connection is kafkajs's Cluster, typed for group requests there. */
const asKafkaCluster = (cluster: GroupCluster) => cluster as unknown as KafkaCluster;

const requestsOf = (leaders: LeaderMap) =>
  [...leaders].flatMap(([leader, partitions]) =>
    Array.from({ length: Math.ceil(partitions.length / PARTITIONS_PER_REQUEST) }, (_, i) => ({
      leader,
      partitions: partitions.slice(i * PARTITIONS_PER_REQUEST, (i + 1) * PARTITIONS_PER_REQUEST),
    })),
  );

/**
 * ListOffsets for one timestamp (-1 latest, -2 earliest, else ms): one request per leader broker. Latest under
 * read_committed is the last stable offset: below the first record of a still-open transaction.
 */
export async function listOffsetsAt(cluster: GroupCluster, leaders: LeaderMap, timestamp: number, counter: RequestCounter, isolation: 'read_uncommitted' | 'read_committed' = 'read_uncommitted'): Promise<Map<string, number>> {
  const kafka = asKafkaCluster(cluster);
  const spec = timestamp === -1 ? 'latest' : timestamp === -2 ? 'earliest' : { timestampMs: timestamp };
  const { offsets } = await listOffsetsPerLeader('', (nodeId) => kafka.findBroker({ nodeId }), requestsOf(leaders), spec, isolation, () => counter.count++);
  return offsets;
}

/** Earliest and latest offsets of all given partitions: two ListOffsets per leader broker. */
export async function fetchWatermarks(cluster: GroupCluster, leaders: LeaderMap, counter: RequestCounter): Promise<Map<string, PartitionWatermarks>> {
  const [low, high] = await Promise.all([listOffsetsAt(cluster, leaders, -2, counter), listOffsetsAt(cluster, leaders, -1, counter)]);
  const marks = new Map<string, PartitionWatermarks>();
  for (const [key, logEndOffset] of high) {
    const logStartOffset = low.get(key);
    if (logStartOffset !== undefined) marks.set(key, { logStartOffset, logEndOffset });
  }
  return marks;
}

/** Timestamps of the messages at the given offsets: one small Fetch per leader broker. */
export async function fetchTimestampsAt(
  cluster: GroupCluster,
  wanted: Map<number, { topic: string; partition: number; offset: number }[]>,
  counter: RequestCounter,
): Promise<Map<string, number>> {
  const records = await firstRecordsAt('', asKafkaCluster(cluster), wanted, () => counter.count++);
  return new Map([...records].map(([key, r]) => [key, Number(r.timestamp)]));
}
