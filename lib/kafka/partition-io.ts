import 'server-only';
// Partition I/O, the one place Fluxo reads partitions: leaders and ListOffsets batched per leader (earliest,
// latest, by timestamp) here, the one record reader in record-reader.ts. It never joins a consumer group or
// commits offsets, so reading a topic leaves no trace in the cluster. It answers in Kafka's terms (records
// as bytes, offsets); features shape them. A partition that cannot be read (no leader, its broker down, an
// error) is reported as unavailable and the others are still answered: faults stay local.
import { notFound } from '../errors';
import { trackBrokerRequest } from '../metrics';
import { REQUEST_DEADLINE_MS, withDeadline, withRawCluster } from './client';
import { createErrorFromCode } from './kafka-error-codes';
import { EARLIEST_TIMESTAMP, ISOLATION_LEVEL, type Isolation, KAFKA_ERROR, type KafkaBroker, LATEST_TIMESTAMP, LEADER_MOVED_CODES, listOffsetsLenient } from './internals';
import { findTopicMetadata, getClusterMetadata, invalidateMetadata } from './metadata';
import { byTopic, partitionKey, planByLeader, type TopicPartition } from './partition-plan';

export { partitionKey, type TopicPartition } from './partition-plan';

export interface UnavailablePartition {
  partition: number;
  reason: string;
}

/** Rounds of ListOffsets / Fetch for partitions whose leader moved, before they count as unavailable. */
export const LEADER_RETRIES = 3;
export const RETRY_DELAY_MS = 100;
/**
 * One broker's answer is awaited this long, a little less than the cluster deadline: a broker that hangs
 * fails only its own partitions, and the cluster's connections are kept for the others.
 */
export const BROKER_DEADLINE_MS = Math.max(500, REQUEST_DEADLINE_MS - 750);
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Kafka's words for an error code. */
export function errorName(code: number): string {
  try {
    return createErrorFromCode(code).message;
  } catch {
    return `Kafka error ${code}`;
  }
}

/** The topic's partitions and their leaders (-1: none); 404 when the topic does not exist. */
export async function topicLeaders(clusterName: string, topic: string): Promise<Map<number, number>> {
  const t = await findTopicMetadata(clusterName, topic);
  if (!t) throw notFound(`Topic "${topic}" does not exist in cluster "${clusterName}"`);
  return new Map(t.partitions.map((p) => [p.partition, p.leader]));
}

/** The topic's partitions, or the chosen ones (404 for one it does not have). */
export async function topicPartitions(clusterName: string, topic: string, chosen?: number[]): Promise<number[]> {
  const all = [...(await topicLeaders(clusterName, topic)).keys()].sort((a, b) => a - b);
  if (!chosen) return all;
  const missing = chosen.find((p) => !all.includes(p));
  if (missing !== undefined) throw notFound(`Topic "${topic}" has no partition ${missing}`);
  return [...new Set(chosen)].sort((a, b) => a - b);
}

async function leaderLookup(clusterName: string): Promise<(topic: string, partition: number) => number | undefined> {
  const md = await getClusterMetadata(clusterName);
  const leaders = new Map<string, number>();
  for (const t of md.topics) for (const p of t.partitions) leaders.set(partitionKey(t.name, p.partition), p.leader);
  return (topic, partition) => leaders.get(partitionKey(topic, partition));
}

/** Counts the request on /api/metrics while it waits for the broker. */
export async function tracked<T>(clusterName: string, nodeId: number, work: () => Promise<T>): Promise<T> {
  const done = trackBrokerRequest(clusterName, nodeId);
  try {
    return await work();
  } finally {
    done();
  }
}

export type OffsetSpec = 'earliest' | 'latest' | { timestampMs: number };

const timestampOf = (spec: OffsetSpec) => (spec === 'earliest' ? EARLIEST_TIMESTAMP : spec === 'latest' ? LATEST_TIMESTAMP : spec.timestampMs);

export interface OffsetsAnswer {
  /** Offset per partitionKey; -1 for a timestamp no record is that new. */
  offsets: Map<string, number>;
  /** Why a partition has no answer, per partitionKey. */
  failed: Map<string, { code: number | null; reason: string }>;
}

/**
 * ListOffsets for one timestamp: one request per leader (per 5,000 partitions), all leaders at once. A
 * broker that fails leaves only its partitions without answer; per-partition errors stay per partition.
 */
export async function listOffsetsPerLeader(
  clusterName: string,
  brokerFor: (nodeId: number) => Promise<KafkaBroker>,
  requests: { leader: number; partitions: TopicPartition[] }[],
  spec: OffsetSpec,
  isolation: Isolation,
  onRequest?: () => void,
): Promise<OffsetsAnswer> {
  const answer: OffsetsAnswer = { offsets: new Map(), failed: new Map() };
  const timestamp = timestampOf(spec);
  await Promise.all(
    requests.map(async ({ leader, partitions }) => {
      try {
        onRequest?.();
        const listed = await tracked(clusterName, leader, async () =>
          withDeadline(
            (async () =>
              listOffsetsLenient(await brokerFor(leader), {
                isolationLevel: ISOLATION_LEVEL[isolation],
                topics: byTopic(partitions, (p) => ({ partition: p.partition, timestamp })),
              }))(),
            clusterName,
            BROKER_DEADLINE_MS,
          ),
        );
        for (const p of listed) {
          const key = partitionKey(p.topic, p.partition);
          if (p.errorCode === KAFKA_ERROR.NONE) answer.offsets.set(key, p.offset);
          else answer.failed.set(key, { code: p.errorCode, reason: errorName(p.errorCode) });
        }
      } catch (err) {
        const reason = `broker ${leader}: ${(err as Error).message}`;
        for (const p of partitions) answer.failed.set(partitionKey(p.topic, p.partition), { code: null, reason });
      }
    }),
  );
  return answer;
}

/**
 * ListOffsets of many partitions by this cluster's current leaders. Partitions whose leader moved (or that
 * have none yet, e.g. a topic created a moment ago) are asked again after a metadata refresh, a few times.
 */
export async function listOffsets(clusterName: string, wanted: TopicPartition[], spec: OffsetSpec, isolation: Isolation): Promise<OffsetsAnswer> {
  const answer: OffsetsAnswer = { offsets: new Map(), failed: new Map() };
  let pending = wanted;
  for (let round = 0; pending.length; round++) {
    const last = round + 1 >= LEADER_RETRIES;
    const plan = planByLeader(pending, await leaderLookup(clusterName));
    const got = await withRawCluster(clusterName, (raw) =>
      listOffsetsPerLeader(clusterName, (nodeId) => raw.findBroker({ nodeId }), plan.requests, spec, isolation),
    );
    for (const [key, offset] of got.offsets) answer.offsets.set(key, offset);
    const retry: TopicPartition[] = [];
    for (const p of plan.leaderless) {
      if (!last) retry.push(p);
      else answer.failed.set(partitionKey(p.topic, p.partition), { code: KAFKA_ERROR.LEADER_NOT_AVAILABLE, reason: 'it has no leader right now' });
    }
    for (const p of pending) {
      const failure = got.failed.get(partitionKey(p.topic, p.partition));
      if (!failure) continue;
      if (!last && failure.code !== null && LEADER_MOVED_CODES.has(failure.code)) retry.push(p);
      else answer.failed.set(partitionKey(p.topic, p.partition), failure);
    }
    if (!retry.length) break;
    invalidateMetadata(clusterName);
    await pause(RETRY_DELAY_MS * (round + 1));
    pending = retry;
  }
  return answer;
}

/** Offsets of one partition: low = first readable, high = readable end (exclusive). */
export interface PartitionRange {
  partition: number;
  low: number;
  high: number;
}

/** Low and high offsets of a topic's partitions; the ones without an answer are listed apart. */
export async function partitionRanges(
  clusterName: string,
  topic: string,
  partitions: number[],
  isolation: Isolation,
): Promise<{ ranges: PartitionRange[]; unavailable: UnavailablePartition[] }> {
  const wanted = partitions.map((partition) => ({ topic, partition }));
  const [low, high] = await Promise.all([listOffsets(clusterName, wanted, 'earliest', isolation), listOffsets(clusterName, wanted, 'latest', isolation)]);
  const ranges: PartitionRange[] = [];
  const unavailable: UnavailablePartition[] = [];
  for (const partition of partitions) {
    const key = partitionKey(topic, partition);
    const l = low.offsets.get(key);
    const h = high.offsets.get(key);
    if (l !== undefined && h !== undefined) ranges.push({ partition, low: l, high: h });
    else unavailable.push({ partition, reason: (low.failed.get(key) ?? high.failed.get(key))?.reason ?? 'no answer' });
  }
  return { ranges, unavailable };
}

/**
 * The first offset per partition whose timestamp is at or after timestampMs (-1 when no record is that new),
 * as Kafka answers it, before any range is known: a page can ask for it alongside the ranges.
 */
export async function timestampOffsets(clusterName: string, topic: string, partitions: number[], timestampMs: number, isolation: Isolation): Promise<Map<number, number>> {
  const { offsets } = await listOffsets(clusterName, partitions.map((partition) => ({ topic, partition })), { timestampMs }, isolation);
  return new Map(partitions.map((partition) => [partition, offsets.get(partitionKey(topic, partition)) ?? -1]));
}

/** Timestamp offsets within each range; the range's end where no record is that new. */
export function clampToRanges(offsets: Map<number, number>, ranges: PartitionRange[]): Map<number, number> {
  return new Map(
    ranges.map((r) => {
      const offset = offsets.get(r.partition) ?? -1;
      return [r.partition, offset < 0 ? r.high : Math.min(Math.max(offset, r.low), r.high)];
    }),
  );
}

/** The first offset per range whose timestamp is at or after timestampMs; the range's end when none is. */
export async function offsetsForTimestamp(clusterName: string, topic: string, ranges: PartitionRange[], timestampMs: number, isolation: Isolation): Promise<Map<number, number>> {
  return clampToRanges(await timestampOffsets(clusterName, topic, ranges.map((r) => r.partition), timestampMs, isolation), ranges);
}
