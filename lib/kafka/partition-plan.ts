// The pure arithmetic of partition I/O: which broker gets which partitions, and where a partition's read
// stands after one Fetch answer. No I/O, unit-tested beside it.
import type { Isolation } from './internals';

export interface TopicPartition {
  topic: string;
  partition: number;
}

export const partitionKey = (topic: string, partition: number) => `${topic}\u0000${partition}`;

/** Partitions per request, so one answer stays a few hundred KB even for 100,000 partitions. */
export const PARTITIONS_PER_REQUEST = 5_000;

export interface LeaderPlan<T> {
  /** One entry per request: a leader and at most maxPerRequest of its partitions. */
  requests: { leader: number; partitions: T[] }[];
  /** Partitions whose leader is unknown or none (-1) right now. */
  leaderless: T[];
}

/** Groups partitions by their leader broker, in chunks of at most maxPerRequest per request. */
export function planByLeader<T extends TopicPartition>(
  wanted: readonly T[],
  leaderOf: (topic: string, partition: number) => number | undefined,
  maxPerRequest = PARTITIONS_PER_REQUEST,
): LeaderPlan<T> {
  const byLeader = new Map<number, T[]>();
  const leaderless: T[] = [];
  for (const w of wanted) {
    const leader = leaderOf(w.topic, w.partition);
    if (leader === undefined || leader < 0) {
      leaderless.push(w);
      continue;
    }
    const list = byLeader.get(leader) ?? [];
    list.push(w);
    byLeader.set(leader, list);
  }
  const requests: LeaderPlan<T>['requests'] = [];
  for (const [leader, partitions] of byLeader) {
    for (let i = 0; i < partitions.length; i += maxPerRequest) requests.push({ leader, partitions: partitions.slice(i, i + maxPerRequest) });
  }
  return { requests, leaderless };
}

/** Partitions of one request as Kafka wants them: per topic, in first-seen order. */
export function byTopic<T extends TopicPartition, E>(partitions: readonly T[], entry: (p: T) => E): { topic: string; partitions: E[] }[] {
  const topics = new Map<string, E[]>();
  for (const p of partitions) {
    const list = topics.get(p.topic) ?? [];
    list.push(entry(p));
    topics.set(p.topic, list);
  }
  return [...topics].map(([topic, entries]) => ({ topic, partitions: entries }));
}

/** The end a reader may read to: the last stable offset under read_committed, else the high watermark. */
export function readableEnd(isolation: Isolation, highWatermark: number, lastStableOffset: number): number {
  return isolation === 'read_committed' && lastStableOffset >= 0 ? lastStableOffset : highWatermark;
}

export interface ReadPosition {
  /** Next offset to fetch. */
  next: number;
  /** Exclusive end of the read. */
  to: number;
  /** Bytes asked for this partition in the next Fetch. */
  fetchBytes: number;
}

/** How much a partition's fetch size may grow to fit one whole batch (then the read gives up on it). */
export const MAX_FETCH_GROWTH = 64;

/**
 * Where a read stands after one answer for a partition. lastOffset is the last record the answer held
 * (control and aborted records included), endOffset the readable end the leader reported. An answer with
 * no record while data remains means only part of a batch fitted: ask again with room for a whole one.
 */
export function advance(
  pos: ReadPosition,
  answer: { lastOffset: number | undefined; endOffset: number },
  initialFetchBytes: number,
): ReadPosition & { done: boolean } {
  const end = Math.min(pos.to, answer.endOffset);
  if (answer.lastOffset === undefined) {
    const grow = pos.next < end && pos.fetchBytes < MAX_FETCH_GROWTH * initialFetchBytes;
    return { ...pos, fetchBytes: grow ? pos.fetchBytes * 8 : pos.fetchBytes, done: !grow };
  }
  const next = Math.max(pos.next, answer.lastOffset + 1);
  return { next, to: pos.to, fetchBytes: initialFetchBytes, done: next >= end };
}

/** Where a read goes after OFFSET_OUT_OF_RANGE: the log start when it fell behind retention, else nowhere. */
export function afterOutOfRange(next: number, to: number, low: number, high: number): number | null {
  if (next < low) return low < Math.min(to, high) ? low : null;
  return null;
}
