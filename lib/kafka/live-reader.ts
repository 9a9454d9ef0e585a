import 'server-only';
// Live tails share one fetch session per cluster and broker: every partition any tail follows is asked of
// its leader in one long-poll Fetch, on the cluster's `live` connections, and each answer is handed to
// every tail of that partition. Fifty tails of one topic cost one long poll per broker, not fifty per
// partition queued one behind another on the connection that browses and searches also need.
import { FluxoError } from '../errors';
import { countFetchRequest } from '../metrics';
import { fetchLenient, ISOLATION_LEVEL, KAFKA_ERROR, type KafkaRecord, LEADER_MOVED_CODES } from './internals';
import { invalidateMetadata } from './metadata';
import { listOffsets, partitionKey, topicLeaders, type UnavailablePartition } from './partition-io';
import { onBroker, visibleOf } from './record-reader';

/** How long a leader holds the shared fetch open waiting for new records. */
const LONG_POLL_MS = 1_000;
const FETCH_BYTES_PER_PARTITION = 1024 * 1024;
/** Records a tail may have waiting for its client; one that falls further behind is ended. */
const MAX_QUEUED_RECORDS = 20_000;
/** Failed rounds in a row before a broker's tails are told its partitions cannot be read. */
const BROKER_FAILURES_MAX = 3;
const RETRY_DELAY_MS = 300;

export interface LiveRecords {
  partition: number;
  records: KafkaRecord[];
}

interface Subscriber {
  /** Per partition, the first offset this tail shows. */
  from: Map<string, number>;
  queue: LiveRecords[];
  queued: number;
  failure?: FluxoError;
  wake?: () => void;
}

interface LivePartition {
  topic: string;
  partition: number;
  next: number;
  leader: number;
  subscribers: Set<Subscriber>;
}

interface Session {
  partitions: Map<string, LivePartition>;
  /** Brokers with a fetch loop running. */
  loops: Set<number>;
  failures: Map<number, number>;
}

const sessions: Map<string, Session> = ((globalThis as { __fluxoLiveSessions?: Map<string, Session> }).__fluxoLiveSessions ??= new Map());

function sessionOf(clusterName: string): Session {
  let s = sessions.get(clusterName);
  if (!s) sessions.set(clusterName, (s = { partitions: new Map(), loops: new Set(), failures: new Map() }));
  return s;
}

function deliver(sub: Subscriber, item: LiveRecords) {
  sub.queue.push(item);
  sub.queued += item.records.length;
  if (sub.queued > MAX_QUEUED_RECORDS) sub.failure ??= new FluxoError('unavailable', 'The live tail fell too far behind the topic; start it again');
  sub.wake?.();
}

function failSubscribers(p: LivePartition, reason: string) {
  for (const sub of p.subscribers) {
    sub.failure ??= new FluxoError('unavailable', `Partition ${p.partition} of "${p.topic}" cannot be read: ${reason}`);
    sub.wake?.();
  }
}

/** Looks the partitions' leaders up again (one metadata request) and starts the loops of new leaders. */
async function refreshLeaders(clusterName: string, session: Session, partitions: LivePartition[]) {
  invalidateMetadata(clusterName);
  for (const topic of new Set(partitions.map((p) => p.topic))) {
    const leaders = await topicLeaders(clusterName, topic).catch(() => new Map<number, number>());
    for (const p of partitions) if (p.topic === topic) p.leader = leaders.get(p.partition) ?? -1;
  }
  for (const p of partitions) if (p.leader >= 0) ensureLoop(clusterName, session, p.leader);
}

function ensureLoop(clusterName: string, session: Session, leader: number) {
  if (session.loops.has(leader)) return;
  session.loops.add(leader);
  void runLoop(clusterName, session, leader);
}

/** The long-poll loop of one broker: runs while any tail follows a partition it leads. */
async function runLoop(clusterName: string, session: Session, leader: number) {
  for (;;) {
    const mine = [...session.partitions.values()].filter((p) => p.leader === leader);
    if (!mine.length) {
      session.loops.delete(leader);
      return;
    }
    const byTopic = new Map<string, LivePartition[]>();
    for (const p of mine) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p]);
    try {
      const sent = await onBroker(clusterName, 'live', leader, (broker) => {
        countFetchRequest();
        return fetchLenient(broker, {
          isolationLevel: ISOLATION_LEVEL.read_committed,
          maxWaitTime: LONG_POLL_MS,
          minBytes: 1,
          maxBytes: Math.min(32 * 1024 * 1024, mine.length * FETCH_BYTES_PER_PARTITION),
          topics: [...byTopic].map(([topic, ps]) => ({
            topic,
            partitions: ps.map((p) => ({ partition: p.partition, fetchOffset: String(p.next), maxBytes: FETCH_BYTES_PER_PARTITION })),
          })),
        });
      });
      if ('error' in sent) throw sent.error;
      const answer = sent.ok;
      session.failures.delete(leader);
      const moved: LivePartition[] = [];
      for (const t of answer.responses) {
        for (const a of t.partitions) {
          const p = session.partitions.get(partitionKey(t.topicName, a.partition));
          if (!p || p.leader !== leader) continue;
          if (a.errorCode === KAFKA_ERROR.OFFSET_OUT_OF_RANGE) {
            // Records were deleted under the tail (retention, purge): go on from the new end.
            const { offsets } = await listOffsets(clusterName, [p], 'latest', 'read_committed');
            p.next = offsets.get(partitionKey(p.topic, p.partition)) ?? p.next;
            continue;
          }
          if (LEADER_MOVED_CODES.has(a.errorCode)) {
            moved.push(p);
            continue;
          }
          if (a.errorCode !== KAFKA_ERROR.NONE) {
            failSubscribers(p, `Kafka error ${a.errorCode}`);
            continue;
          }
          const from = p.next;
          // No record in an answer (only part of a batch fitted, or nothing new) polls again from the same offset.
          const last = a.messages.at(-1);
          if (last) p.next = Math.max(p.next, Number(last.offset) + 1);
          const records = visibleOf(a, 'read_committed', from);
          if (!records.length) continue;
          for (const sub of p.subscribers) {
            const shownFrom = sub.from.get(partitionKey(p.topic, p.partition)) ?? 0;
            const shown = records.filter((r) => Number(r.offset) >= shownFrom);
            if (shown.length) deliver(sub, { partition: p.partition, records: shown });
          }
        }
      }
      if (moved.length) await refreshLeaders(clusterName, session, moved);
    } catch (err) {
      const failures = (session.failures.get(leader) ?? 0) + 1;
      session.failures.set(leader, failures);
      if (failures >= BROKER_FAILURES_MAX) {
        session.failures.delete(leader);
        for (const p of mine) failSubscribers(p, `broker ${leader}: ${(err as Error).message}`);
      }
      await refreshLeaders(clusterName, session, mine);
      await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
    }
  }
}

export interface LiveTail {
  /** Per partition, the first offset the tail shows (the readable end when it started). */
  startOffsets: Record<number, number>;
  unavailable: UnavailablePartition[];
  /** The next records for this tail; null once the signal aborted. Rejects when the tail cannot go on. */
  next(signal: AbortSignal): Promise<LiveRecords[] | null>;
  close(): void;
}

/**
 * Follows the partitions from their current end (read_committed). Partitions another tail already follows
 * start where that session stands; new ones at their last stable offset.
 */
export async function followPartitions(clusterName: string, topic: string, partitions: number[]): Promise<LiveTail> {
  const session = sessionOf(clusterName);
  const leaders = await topicLeaders(clusterName, topic);
  const fresh = partitions.filter((partition) => !session.partitions.has(partitionKey(topic, partition)));
  const ends = fresh.length ? await listOffsets(clusterName, fresh.map((partition) => ({ topic, partition })), 'latest', 'read_committed') : null;
  const sub: Subscriber = { from: new Map(), queue: [], queued: 0 };
  const startOffsets: Record<number, number> = {};
  const unavailable: UnavailablePartition[] = [];
  const joined: LivePartition[] = [];
  for (const partition of partitions) {
    const key = partitionKey(topic, partition);
    let p = session.partitions.get(key);
    if (!p) {
      const end = ends?.offsets.get(key);
      const leader = leaders.get(partition) ?? -1;
      if (end === undefined || leader < 0) {
        unavailable.push({ partition, reason: ends?.failed.get(key)?.reason ?? 'it has no leader right now' });
        continue;
      }
      p = { topic, partition, next: end, leader, subscribers: new Set() };
      session.partitions.set(key, p);
    }
    p.subscribers.add(sub);
    sub.from.set(key, p.next);
    startOffsets[partition] = p.next;
    joined.push(p);
  }
  for (const p of joined) if (p.leader >= 0) ensureLoop(clusterName, session, p.leader);

  const close = () => {
    for (const p of joined) {
      p.subscribers.delete(sub);
      if (!p.subscribers.size) session.partitions.delete(partitionKey(p.topic, p.partition));
    }
    sub.wake?.();
  };
  let watching: AbortSignal | undefined;
  return {
    startOffsets,
    unavailable,
    close,
    async next(signal) {
      if (watching !== signal) {
        watching = signal;
        signal.addEventListener('abort', () => sub.wake?.(), { once: true });
      }
      while (!sub.queue.length && !sub.failure && !signal.aborted) {
        await new Promise<void>((resolve) => (sub.wake = resolve));
        sub.wake = undefined;
      }
      if (signal.aborted) return null;
      if (sub.queue.length) {
        const items = sub.queue;
        sub.queue = [];
        sub.queued = 0;
        return items;
      }
      throw sub.failure!;
    },
  };
}
