import 'server-only';
// The one record reader: spans of partitions read straight from their leaders, one Fetch per leader broker
// per round for all its partitions, the next round on the wire while the caller handles the last. Offsets,
// leaders and ranges come from partition-io.ts.
import { countFetchRequest } from '../metrics';
import { type Lane, withDeadline, withRawCluster } from './client';
import { type FetchPartitionAnswer, fetchLenient, ISOLATION_LEVEL, type Isolation, KAFKA_ERROR, type KafkaBroker, type KafkaCluster, type KafkaRecord, LEADER_MOVED_CODES } from './internals';
import { invalidateMetadata } from './metadata';
import { BROKER_DEADLINE_MS, errorName, LEADER_RETRIES, partitionRanges, pause, RETRY_DELAY_MS, topicLeaders, tracked, type UnavailablePartition } from './partition-io';
import { advance, afterOutOfRange, byTopic, partitionKey, planByLeader, readableEnd, type ReadPosition } from './partition-plan';
import { uncommittedRecords, visibleRecords } from './records';

/** Upper bound of one Fetch answer, whatever the partitions ask. */
const FETCH_MAX_BYTES = 32 * 1024 * 1024;

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

/** Visible records of one answer, as the isolation level shows them, in [from, to). */
export function visibleOf(answer: FetchPartitionAnswer, isolation: Isolation, from: number, to = Infinity): KafkaRecord[] {
  return isolation === 'read_committed' ? visibleRecords(answer.messages, answer.abortedTransactions ?? [], from, to) : uncommittedRecords(answer.messages, from, to);
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
          const visible = visibleOf(answer, options.isolation, pos.next, pos.to);
          if (options.maxRecordsPerPartition !== undefined) visible.splice(options.maxRecordsPerPartition - pos.taken);
          const step = advance(pos, { lastOffset: answer.messages.length ? Number(answer.messages.at(-1)!.offset) : undefined, endOffset }, initialBytes);
          Object.assign(pos, { next: step.next, fetchBytes: step.fetchBytes });
          pos.taken += visible.length;
          records += visible.length;
          // Only a byte budget reads the keys and values here: a scan leaves them to its filter, as bytes.
          if (options.maxBytes !== undefined) for (const r of visible) bytes += (r.key?.length ?? 0) + (r.value?.length ?? 0);
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
