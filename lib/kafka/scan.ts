import 'server-only';
// Scans (search, export) and live tails: bounded reads that stop when their client leaves.
import type { Message } from '../api/schemas/messages';
import { FluxoError } from '../errors';
import { countScanned, trackReader } from '../metrics';
import { parsePartitionList } from '../messages/paging';
import { fetchPartition, offsetForTimestamp, type PartitionRange, partitionRanges, topicPartitions } from './reader';

/** Bytes per partition per fetch while scanning: big enough to keep the broker streaming. */
const SCAN_FETCH_BYTES = 1024 * 1024;
/** How long the leader holds a tail's fetch open waiting for new messages. */
const TAIL_WAIT_MS = 1_000;

/**
 * A fetch that times out or finds the leader unreachable is tried once more: a long scan should not end
 * on one slow answer from a busy broker.
 */
async function fetchOnceMore(...args: Parameters<typeof fetchPartition>): ReturnType<typeof fetchPartition> {
  try {
    return await fetchPartition(...args);
  } catch (err) {
    if (!(err instanceof FluxoError) || (err.code !== 'timeout' && err.code !== 'unavailable')) throw err;
    return fetchPartition(...args);
  }
}

export interface ScanRange {
  partitions?: string;
  from: string;
  to: string;
}

export interface ScanBatch {
  messages: Message[];
  scanned: number;
  total: number;
}

async function positionOf(cluster: string, topic: string, r: PartitionRange, position: string): Promise<number> {
  if (position === 'oldest') return r.low;
  if (position === 'newest') return r.high;
  if (position.startsWith('offset:')) return Math.min(Math.max(Number(position.slice(7)), r.low), r.high);
  return offsetForTimestamp(cluster, topic, r, Date.parse(position.slice(10)));
}

/** Per-partition [start, end) of a scan; `to` is exclusive. */
export async function scanBounds(cluster: string, topic: string, range: ScanRange) {
  const partitions = await topicPartitions(cluster, topic, parsePartitionList(range.partitions));
  const ranges = await partitionRanges(cluster, topic, partitions);
  return Promise.all(
    ranges.map(async (r) => {
      const start = await positionOf(cluster, topic, r, range.from);
      const end = await positionOf(cluster, topic, r, range.to);
      return { partition: r.partition, start, end: Math.max(start, end) };
    }),
  );
}

/**
 * Reads every partition of the range, oldest first per partition, in batches. The next fetches are
 * already on the wire while the caller handles a batch. Counts as an active reader until it returns.
 */
export async function* scanRange(cluster: string, topic: string, range: ScanRange, signal: AbortSignal): AsyncGenerator<ScanBatch> {
  const release = trackReader();
  try {
    const bounds = await scanBounds(cluster, topic, range);
    const total = bounds.reduce((n, b) => n + (b.end - b.start), 0);
    const next = new Map(bounds.filter((b) => b.start < b.end).map((b) => [b.partition, b.start]));
    const endOf = new Map(bounds.map((b) => [b.partition, b.end]));
    const fetchAll = () =>
      Promise.all(
        [...next].map(async ([partition, offset]) => ({
          partition,
          batch: await fetchOnceMore(cluster, topic, partition, offset, { maxBytes: SCAN_FETCH_BYTES }),
        })),
      );
    let scanned = 0;
    let inFlight = next.size ? fetchAll() : null;
    while (inFlight && !signal.aborted) {
      const results = await inFlight;
      for (const { partition, batch } of results) {
        const end = endOf.get(partition)!;
        if (batch.nextOffset >= end || batch.nextOffset <= next.get(partition)!) next.delete(partition);
        else next.set(partition, batch.nextOffset);
      }
      inFlight = next.size ? fetchAll() : null;
      const messages = results.flatMap(({ partition, batch }) => batch.messages.filter((m) => m.offset < endOf.get(partition)!));
      scanned += messages.length;
      countScanned(messages.length);
      yield { messages, scanned, total };
    }
    inFlight?.catch(() => {});
  } finally {
    release();
  }
}

export type TailItem = { ready: Record<number, number> } | { messages: Message[] };

/** First where it starts (per partition), then new messages as they arrive, until the signal aborts. */
export async function* tailMessages(cluster: string, topic: string, partitions: string | undefined, signal: AbortSignal): AsyncGenerator<TailItem> {
  const release = trackReader();
  try {
    const chosen = await topicPartitions(cluster, topic, parsePartitionList(partitions));
    const ranges = await partitionRanges(cluster, topic, chosen);
    const next = new Map(ranges.map((r) => [r.partition, r.high]));
    yield { ready: Object.fromEntries(next) };
    while (!signal.aborted) {
      const results = await Promise.all(
        [...next].map(async ([partition, offset]) => ({
          partition,
          batch: await fetchPartition(cluster, topic, partition, offset, { maxBytes: SCAN_FETCH_BYTES, maxWaitMs: TAIL_WAIT_MS }),
        })),
      );
      for (const { partition, batch } of results) next.set(partition, batch.nextOffset);
      const messages = results.flatMap((r) => r.batch.messages).sort((a, b) => a.timestamp - b.timestamp);
      countScanned(messages.length);
      if (messages.length && !signal.aborted) yield { messages };
    }
  } finally {
    release();
  }
}
