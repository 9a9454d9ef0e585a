import 'server-only';
// Partition I/O, the one place Fluxo reads partitions: leaders, ListOffsets batched per leader (earliest,
// latest, by timestamp) and one record reader. It never joins a consumer group or commits offsets, so
// reading a topic leaves no trace in the cluster. It answers in Kafka's terms (records as bytes, offsets);
// features shape them. A partition that cannot be read (no leader, its broker down, an error) is reported
// as unavailable and the others are still answered: faults stay local.
import { notFound } from '../errors';
import { countFetchRequest, trackBrokerRequest } from '../metrics';
import { type Lane, REQUEST_DEADLINE_MS, withDeadline, withRawCluster } from './client';
import { createErrorFromCode } from './kafka-error-codes';
import {
  EARLIEST_TIMESTAMP,
  fetchLenient,
  ISOLATION_LEVEL,
  type Isolation,
  KAFKA_ERROR,
  type KafkaBroker,
  type KafkaCluster,
  type KafkaRecord,
  LATEST_TIMESTAMP,
  LEADER_MOVED_CODES,
  listOffsetsLenient,
  type FetchPartitionAnswer,
} from './internals';
import { findTopicMetadata, getClusterMetadata, invalidateMetadata } from './metadata';
import { advance, afterOutOfRange, byTopic, partitionKey, planByLeader, readableEnd, type ReadPosition, type TopicPartition } from './partition-plan';
import { uncommittedRecords, visibleRecords } from './records';

export { partitionKey, type TopicPartition } from './partition-plan';

export interface UnavailablePartition {
  partition: number;
  reason: string;
}

/** Rounds of ListOffsets / Fetch for partitions whose leader moved, before they count as unavailable. */
const LEADER_RETRIES = 3;
const RETRY_DELAY_MS = 100;
/**
 * One broker's answer is awaited this long, a little less than the cluster deadline: a broker that hangs
 * fails only its own partitions, and the cluster's connections are kept for the others.
 */
export const BROKER_DEADLINE_MS = Math.max(500, REQUEST_DEADLINE_MS - 750);
/** Upper bound of one Fetch answer, whatever the partitions ask. */
const FETCH_MAX_BYTES = 32 * 1024 * 1024;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function errorName(code: number): string {
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
async function tracked<T>(clusterName: string, nodeId: number, work: () => Promise<T>): Promise<T> {
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

// ---------------------------------------------------------------------------------------------------------
// The record reader.

/** Offsets [from, to) of one partition to read. */
export interface ReadSpan {
  partition: number;
  from: number;
  to: number;
}

export interface ReadOptions {
  isolation: Isolation;
  lane: Lane;
  /** Bytes asked per partition per Fetch (the broker still returns at least one whole batch). */
  fetchBytesPerPartition: number;
  /** Bytes asked per Fetch in all (default 32 MiB); partitions left out come in the next round. */
  fetchBytesPerRequest?: number;
  /** A partition is done after this many records. */
  maxRecordsPerPartition?: number;
  /** The read stops (truncated) after this many records, key+value bytes, or at this instant. */
  maxRecords?: number;
  maxBytes?: number;
  deadlineAt?: number;
  signal?: AbortSignal;
}

export interface PartitionRecords {
  partition: number;
  /** Visible records (by the isolation level) of [from, to), in offset order. */
  records: KafkaRecord[];
  /** The readable end the leader reported (last stable offset or high watermark). */
  endOffset: number;
}

export interface ReadRound {
  batches: PartitionRecords[];
  /** Partitions given up on in this round (no leader, broker down, an error), with why. */
  unavailable: UnavailablePartition[];
  /** The read stopped on its budget (records, bytes or time) before every span was read. */
  truncated: boolean;
}

interface Position extends ReadPosition {
  partition: number;
  taken: number;
  failures: number;
}

type BrokerAnswer = { leader: number; partitions: number[] } & ({ answers: FetchPartitionAnswer[] } | { error: Error });

/**
 * Sends work to one broker over a lane's connections. A failure of that broker (refused, timed out, an
 * error) is returned, not thrown, so it fails only its partitions and the lane stays connected for the rest.
 */
export async function onBroker<T>(clusterName: string, lane: Lane, nodeId: number, work: (broker: KafkaBroker) => Promise<T>): Promise<{ ok: T } | { error: Error }> {
  return withRawCluster(
    clusterName,
    async (raw) => {
      try {
        const ok = await tracked(clusterName, nodeId, () => withDeadline((async () => work(await raw.findBroker({ nodeId })))(), clusterName, BROKER_DEADLINE_MS));
        return { ok };
      } catch (err) {
        return { error: err as Error };
      }
    },
    lane,
  );
}

/** One Fetch to one broker for all the given partitions, each from its own offset. */
async function fetchFromLeader(clusterName: string, topic: string, leader: number, positions: Position[], options: ReadOptions): Promise<BrokerAnswer> {
  const partitions = positions.map((p) => p.partition);
  const answer = await onBroker(clusterName, options.lane, leader, (broker) => {
    countFetchRequest();
    return fetchLenient(broker, {
      isolationLevel: ISOLATION_LEVEL[options.isolation],
      maxWaitTime: 0,
      minBytes: 0,
      maxBytes: Math.min(options.fetchBytesPerRequest ?? FETCH_MAX_BYTES, positions.reduce((n, p) => n + p.fetchBytes, 0)),
      topics: [{ topic, partitions: positions.map((p) => ({ partition: p.partition, fetchOffset: String(p.next), maxBytes: p.fetchBytes })) }],
    });
  });
  if ('error' in answer) return { leader, partitions, error: answer.error };
  return { leader, partitions, answers: answer.ok.responses.flatMap((t) => (t.topicName === topic ? t.partitions : [])) };
}

/** One round: every active partition asked of its leader, one Fetch per leader, all leaders at once. */
async function fetchRound(clusterName: string, topic: string, active: Position[], options: ReadOptions): Promise<{ answers: BrokerAnswer[]; leaderless: Position[] }> {
  const leaders = await topicLeaders(clusterName, topic);
  const plan = planByLeader(
    active.map((p) => ({ topic, partition: p.partition, position: p })),
    (_t, partition) => leaders.get(partition),
  );
  const answers = await Promise.all(plan.requests.map((r) => fetchFromLeader(clusterName, topic, r.leader, r.partitions.map((p) => p.position), options)));
  return { answers, leaderless: plan.leaderless.map((p) => p.position) };
}

/** Visible records of one answer, as the isolation level shows them, from the fetch offset on. */
export function visibleOf(answer: FetchPartitionAnswer, isolation: Isolation, from: number): KafkaRecord[] {
  return isolation === 'read_committed' ? visibleRecords(answer.messages, answer.abortedTransactions ?? [], from) : uncommittedRecords(answer.messages, from);
}

/**
 * Reads the spans, one Fetch per leader broker per round for all its partitions, oldest first per
 * partition. The next round is already on the wire while the caller handles a round. Handles moved leaders
 * (metadata refresh, retried a few rounds), offsets that fell behind retention (moves to the log start),
 * partial batches (asks again with more room), and aborted transactions (read_committed).
 */
export async function* readRecords(clusterName: string, topic: string, spans: ReadSpan[], options: ReadOptions): AsyncGenerator<ReadRound> {
  const initialBytes = options.fetchBytesPerPartition;
  const active = new Map<number, Position>(
    spans.filter((s) => s.from < s.to).map((s) => [s.partition, { partition: s.partition, next: s.from, to: s.to, fetchBytes: initialBytes, taken: 0, failures: 0 }]),
  );
  let records = 0;
  let bytes = 0;
  const overBudget = () =>
    (options.maxRecords !== undefined && records >= options.maxRecords) ||
    (options.maxBytes !== undefined && bytes >= options.maxBytes) ||
    (options.deadlineAt !== undefined && Date.now() >= options.deadlineAt);

  let inFlight: ReturnType<typeof fetchRound> | null = active.size ? fetchRound(clusterName, topic, [...active.values()], options) : null;
  try {
    while (inFlight) {
      const { answers, leaderless } = await inFlight;
      inFlight = null;
      const round: ReadRound = { batches: [], unavailable: [], truncated: false };
      const outOfRange: Position[] = [];
      let leaderMoved = false;
      const fail = (pos: Position, reason: string, retriable: boolean) => {
        pos.failures++;
        if (retriable && pos.failures < LEADER_RETRIES) return;
        active.delete(pos.partition);
        round.unavailable.push({ partition: pos.partition, reason });
      };
      for (const pos of leaderless) {
        leaderMoved = true;
        fail(pos, 'it has no leader right now', true);
      }
      for (const broker of answers) {
        if ('error' in broker) {
          leaderMoved = true;
          for (const partition of broker.partitions) {
            const pos = active.get(partition);
            if (pos) fail(pos, `broker ${broker.leader}: ${broker.error.message}`, true);
          }
          continue;
        }
        for (const answer of broker.answers) {
          const pos = active.get(answer.partition);
          if (!pos) continue;
          if (answer.errorCode === KAFKA_ERROR.OFFSET_OUT_OF_RANGE) {
            outOfRange.push(pos);
            continue;
          }
          if (answer.errorCode !== KAFKA_ERROR.NONE) {
            const moved = LEADER_MOVED_CODES.has(answer.errorCode);
            leaderMoved ||= moved;
            fail(pos, errorName(answer.errorCode), moved);
            continue;
          }
          pos.failures = 0;
          const endOffset = readableEnd(options.isolation, Number(answer.highWatermark), Number(answer.lastStableOffset));
          let visible = visibleOf(answer, options.isolation, pos.next).filter((r) => Number(r.offset) < pos.to);
          if (options.maxRecordsPerPartition !== undefined) visible = visible.slice(0, options.maxRecordsPerPartition - pos.taken);
          const step = advance(pos, { lastOffset: answer.messages.length ? Number(answer.messages.at(-1)!.offset) : undefined, endOffset }, initialBytes);
          Object.assign(pos, { next: step.next, fetchBytes: step.fetchBytes });
          pos.taken += visible.length;
          records += visible.length;
          for (const r of visible) bytes += (r.key?.length ?? 0) + (r.value?.length ?? 0);
          if (step.done || (options.maxRecordsPerPartition !== undefined && pos.taken >= options.maxRecordsPerPartition)) active.delete(pos.partition);
          if (visible.length) round.batches.push({ partition: pos.partition, records: visible, endOffset });
        }
      }
      if (outOfRange.length) {
        const { ranges } = await partitionRanges(clusterName, topic, outOfRange.map((p) => p.partition), options.isolation);
        for (const pos of outOfRange) {
          const range = ranges.find((r) => r.partition === pos.partition);
          const moved = range ? afterOutOfRange(pos.next, pos.to, range.low, range.high) : null;
          if (moved === null) active.delete(pos.partition);
          else pos.next = moved;
        }
      }
      if (leaderMoved) invalidateMetadata(clusterName);
      if (active.size && overBudget()) {
        round.truncated = true;
        active.clear();
      }
      if (active.size && !options.signal?.aborted) {
        const retrying = [...active.values()].some((p) => p.failures > 0);
        const positions = [...active.values()];
        inFlight = (retrying ? pause(RETRY_DELAY_MS) : Promise.resolve()).then(() => fetchRound(clusterName, topic, positions, options));
      }
      yield round;
    }
  } finally {
    inFlight?.catch(() => {});
  }
}

/** A whole read collected: every round's records, flattened, and whether the budget cut it short. */
export async function readAll(
  clusterName: string,
  topic: string,
  spans: ReadSpan[],
  options: ReadOptions,
): Promise<{ records: (KafkaRecord & { partition: number })[]; unavailable: UnavailablePartition[]; truncated: boolean }> {
  const out: (KafkaRecord & { partition: number })[] = [];
  const unavailable: UnavailablePartition[] = [];
  let truncated = false;
  for await (const round of readRecords(clusterName, topic, spans, options)) {
    for (const b of round.batches) for (const r of b.records) out.push(Object.assign(r, { partition: b.partition }));
    unavailable.push(...round.unavailable);
    truncated ||= round.truncated;
  }
  return { records: out, unavailable, truncated };
}

/**
 * The first record at or after each wanted offset (lag's "time of the next message"): one small Fetch per
 * leader broker, through the given cluster connection, read_uncommitted as kafka-consumer-groups.
 */
export async function firstRecordsAt(
  clusterName: string,
  cluster: KafkaCluster,
  wanted: Map<number, { topic: string; partition: number; offset: number }[]>,
  onRequest?: () => void,
): Promise<Map<string, KafkaRecord>> {
  const found = new Map<string, KafkaRecord>();
  await Promise.all(
    [...wanted].map(async ([nodeId, partitions]) => {
      onRequest?.();
      countFetchRequest();
      const answer = await tracked(clusterName, nodeId, async () =>
        fetchLenient(await cluster.findBroker({ nodeId }), {
          isolationLevel: ISOLATION_LEVEL.read_uncommitted,
          maxWaitTime: 0,
          minBytes: 0,
          maxBytes: 4 * 1024 * 1024,
          topics: byTopic(partitions, (p) => ({ partition: p.partition, fetchOffset: String(p.offset), maxBytes: 16_384 })),
        }),
      );
      const from = new Map(partitions.map((p) => [partitionKey(p.topic, p.partition), p.offset]));
      for (const t of answer.responses) {
        for (const p of t.partitions) {
          const key = partitionKey(t.topicName, p.partition);
          const offset = from.get(key);
          if (offset === undefined || p.errorCode !== KAFKA_ERROR.NONE) continue;
          const next = uncommittedRecords(p.messages, offset)[0];
          if (next) found.set(key, next);
        }
      }
    }),
  );
  return found;
}
