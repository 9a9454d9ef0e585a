import 'server-only';
// A group-less partition reader on kafkajs 2.2.4 internals (pinned): Fetch and ListOffsets sent straight to
// each partition's leader. It never joins or creates a consumer group and never commits offsets, so
// looking at a topic leaves no trace in the cluster (and waits for no group rebalance).
import type { Message } from '../api/schemas/messages';
import { FluxoError, notFound } from '../errors';
import { type RawBroker, type RawFetchPartition, withRawCluster } from './client';
import { findTopicMetadata, invalidateMetadata } from './metadata';
import { toMessage, visibleRecords } from './records';

/** kafkajs's ISOLATION_LEVEL.READ_COMMITTED: ends are last stable offsets, aborted data is marked. */
const READ_COMMITTED = 1;
/** ListOffsets timestamps that mean "earliest" and "latest". */
const EARLIEST = -2;
const LATEST = -1;
const LEADER_MOVED = new Set(['NOT_LEADER_FOR_PARTITION', 'NOT_LEADER_OR_FOLLOWER', 'LEADER_NOT_AVAILABLE', 'UNKNOWN_LEADER_EPOCH', 'FENCED_LEADER_EPOCH']);

/** Offsets of one partition: low = first readable, high = end (exclusive, last stable offset). */
export interface PartitionRange {
  partition: number;
  low: number;
  high: number;
}

async function leadersOf(clusterName: string, topic: string): Promise<Map<number, number>> {
  const t = await findTopicMetadata(clusterName, topic);
  if (!t) throw notFound(`Topic "${topic}" does not exist in cluster "${clusterName}"`);
  return new Map(t.partitions.map((p) => [p.partition, p.leader]));
}

/** The topic's partitions, or the chosen ones (404 for one it does not have). */
export async function topicPartitions(clusterName: string, topic: string, chosen?: number[]): Promise<number[]> {
  const all = [...(await leadersOf(clusterName, topic)).keys()].sort((a, b) => a - b);
  if (!chosen) return all;
  const missing = chosen.find((p) => !all.includes(p));
  if (missing !== undefined) throw notFound(`Topic "${topic}" has no partition ${missing}`);
  return [...new Set(chosen)].sort((a, b) => a - b);
}

/** Runs fn with the partition leader's connection; a moved leader refreshes metadata and retries once. */
async function withLeader<T>(clusterName: string, topic: string, partition: number, fn: (broker: RawBroker) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const leader = (await leadersOf(clusterName, topic)).get(partition);
    if (leader === undefined || leader < 0) {
      throw new FluxoError('unavailable', `Partition ${partition} of "${topic}" has no leader right now`);
    }
    try {
      return await withRawCluster(clusterName, async (cluster) => fn(await cluster.findBroker({ nodeId: leader })));
    } catch (err) {
      const type = (err as { cause?: { type?: string } }).cause?.type;
      if (attempt > 0 || !LEADER_MOVED.has(type ?? '')) throw err;
      invalidateMetadata(clusterName);
    }
  }
}

async function listOffset(clusterName: string, topic: string, partition: number, timestamp: number): Promise<number> {
  const res = await withLeader(clusterName, topic, partition, (broker) =>
    broker.listOffsets({
      replicaId: -1,
      isolationLevel: READ_COMMITTED,
      topics: [{ topic, partitions: [{ partition, timestamp }] }],
    }),
  );
  return Number(res.responses[0]?.partitions[0]?.offset ?? -1);
}

export async function partitionRanges(clusterName: string, topic: string, partitions: number[]): Promise<PartitionRange[]> {
  return Promise.all(
    partitions.map(async (partition) => {
      const [low, high] = await Promise.all([
        listOffset(clusterName, topic, partition, EARLIEST),
        listOffset(clusterName, topic, partition, LATEST),
      ]);
      return { partition, low, high };
    }),
  );
}

/** The first offset whose timestamp is at or after timestampMs; the end offset when there is none. */
export async function offsetForTimestamp(clusterName: string, topic: string, range: PartitionRange, timestampMs: number): Promise<number> {
  const offset = await listOffset(clusterName, topic, range.partition, timestampMs);
  return offset < 0 ? range.high : offset;
}

export interface FetchedBatch {
  messages: Message[];
  /** Where the next fetch starts: past compacted gaps, control records and aborted records. */
  nextOffset: number;
  /** The partition's end (last stable offset) as the leader reported it. */
  endOffset: number;
}

export interface FetchOptions {
  maxBytes: number;
  /** How long the leader may wait for new data when there is none (live tail); 0 answers at once. */
  maxWaitMs?: number;
}

/** One Fetch of a partition from offset; out-of-range offsets move to the partition's first offset. */
export async function fetchPartition(
  clusterName: string,
  topic: string,
  partition: number,
  offset: number,
  { maxBytes, maxWaitMs = 0 }: FetchOptions,
): Promise<FetchedBatch> {
  let bytes = maxBytes;
  for (;;) {
    let data: RawFetchPartition | undefined;
    try {
      const res = await withLeader(clusterName, topic, partition, (broker) =>
        broker.fetch({
          replicaId: -1,
          isolationLevel: READ_COMMITTED,
          maxWaitTime: maxWaitMs,
          minBytes: maxWaitMs > 0 ? 1 : 0,
          maxBytes: bytes,
          topics: [{ topic, partitions: [{ partition, fetchOffset: String(offset), maxBytes: bytes }] }],
        }),
      );
      data = res.responses[0]?.partitions[0];
    } catch (err) {
      if ((err as { cause?: { type?: string } }).cause?.type !== 'OFFSET_OUT_OF_RANGE') throw err;
      const [range] = await partitionRanges(clusterName, topic, [partition]);
      if (!range || offset >= range.high) return { messages: [], nextOffset: range?.high ?? offset, endOffset: range?.high ?? offset };
      offset = range.low;
      continue;
    }
    if (!data) return { messages: [], nextOffset: offset, endOffset: offset };
    const endOffset = Number(data.lastStableOffset) >= 0 ? Number(data.lastStableOffset) : Number(data.highWatermark);
    const raw = data.messages;
    const last = raw[raw.length - 1];
    if (!last && offset < endOffset && bytes < 64 * maxBytes) {
      // Only a partial batch fitted: ask again with room for a whole one.
      bytes *= 8;
      continue;
    }
    const visible = visibleRecords(raw, data.abortedTransactions ?? [], offset);
    return {
      messages: visible.map((r) => toMessage(partition, r)),
      nextOffset: last ? Math.max(offset, Number(last.offset) + 1) : offset,
      endOffset,
    };
  }
}
