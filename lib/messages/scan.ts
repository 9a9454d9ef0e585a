import 'server-only';
// Scans (search, export) and live tails of a topic's messages: bounded reads that stop when their client
// leaves. Reads go through the partition reader on the cluster's `bulk` connections (scans) or the shared
// live session (tails), so neither queues the browse and metadata requests of the same cluster.
import type { Message } from '../api/schemas/messages';
import { FluxoError } from '../errors';
import { followPartitions } from '../kafka/live-reader';
import type { KafkaRecord } from '../kafka/internals';
import { offsetsForTimestamp, type PartitionRange, partitionRanges, topicPartitions, type UnavailablePartition } from '../kafka/partition-io';
import { readRecords } from '../kafka/record-reader';
import { countScanned, trackReader } from '../metrics';
import { parsePartitionList } from './paging';
import { type PartitionRecord, toMessage } from './records';

/** Bytes per partition per fetch while scanning: big enough to keep the broker streaming. */
const SCAN_FETCH_BYTES = 1024 * 1024;

export interface ScanRange {
  partitions?: string;
  from: string;
  to: string;
}

export interface ScanBatch {
  /** Still as bytes: a search decodes only what its filter reads, and the matches. */
  records: PartitionRecord[];
  scanned: number;
  total: number;
  /** Partitions the scan could not read (so far). */
  unavailablePartitions: number[];
}

/** 503 naming the partitions when none of them can be read; a partial read goes on with the others. */
export function assertSomeReadable(topic: string, readable: number, unavailable: UnavailablePartition[]): void {
  if (readable > 0 || unavailable.length === 0) return;
  const list = unavailable.map((u) => `${u.partition} (${u.reason})`).join(', ');
  throw new FluxoError('unavailable', `No partition of "${topic}" can be read right now: ${list}`);
}

async function positionsOf(cluster: string, topic: string, ranges: PartitionRange[], position: string): Promise<Map<number, number>> {
  if (position.startsWith('timestamp:')) return offsetsForTimestamp(cluster, topic, ranges, Date.parse(position.slice(10)), 'read_committed');
  return new Map(
    ranges.map((r) => {
      if (position === 'oldest') return [r.partition, r.low];
      if (position === 'newest') return [r.partition, r.high];
      return [r.partition, Math.min(Math.max(Number(position.slice(7)), r.low), r.high)];
    }),
  );
}

/** Per-partition [start, end) of a scan (`to` exclusive), and the partitions that cannot be read. */
export async function scanBounds(cluster: string, topic: string, range: ScanRange) {
  const partitions = await topicPartitions(cluster, topic, parsePartitionList(range.partitions));
  const { ranges, unavailable } = await partitionRanges(cluster, topic, partitions, 'read_committed');
  assertSomeReadable(topic, ranges.length, unavailable);
  const [starts, ends] = await Promise.all([positionsOf(cluster, topic, ranges, range.from), positionsOf(cluster, topic, ranges, range.to)]);
  const bounds = ranges.map((r) => {
    const start = starts.get(r.partition)!;
    return { partition: r.partition, start, end: Math.max(start, ends.get(r.partition)!) };
  });
  return { bounds, unavailable };
}

/**
 * Reads every partition of the range, oldest first per partition, in batches: one Fetch per broker for all
 * its partitions, the next one already on the wire while the caller handles a batch. Counts as an active
 * reader until it returns.
 */
export async function* scanRange(cluster: string, topic: string, range: ScanRange, signal: AbortSignal): AsyncGenerator<ScanBatch> {
  const release = trackReader();
  try {
    const { bounds, unavailable } = await scanBounds(cluster, topic, range);
    const unavailablePartitions = unavailable.map((u) => u.partition);
    const total = bounds.reduce((n, b) => n + (b.end - b.start), 0);
    let scanned = 0;
    const spans = bounds.map((b) => ({ partition: b.partition, from: b.start, to: b.end }));
    if (unavailablePartitions.length) yield { records: [], scanned, total, unavailablePartitions: [...unavailablePartitions] };
    for await (const round of readRecords(cluster, topic, spans, { isolation: 'read_committed', lane: 'bulk', fetchBytesPerPartition: SCAN_FETCH_BYTES, signal })) {
      if (signal.aborted) break;
      unavailablePartitions.push(...round.unavailable.map((u) => u.partition));
      const records = round.batches.flatMap((b) => b.records.map((record) => ({ partition: b.partition, record })));
      scanned += records.length;
      countScanned(records.length);
      yield { records, scanned, total, unavailablePartitions: [...unavailablePartitions] };
    }
    // Every partition failed on the way: that is a failed scan, not an empty result.
    if (spans.some((s) => s.from < s.to) && spans.every((s) => s.from >= s.to || unavailablePartitions.includes(s.partition))) {
      assertSomeReadable(topic, 0, unavailablePartitions.map((partition) => ({ partition, reason: 'it could not be read' })));
    }
  } finally {
    release();
  }
}

/** Messages of records the live session handed to several tails, made once (records are never changed). */
const liveMessages = new WeakMap<KafkaRecord, Message>();

function liveMessage(partition: number, record: KafkaRecord): Message {
  let message = liveMessages.get(record);
  if (!message) liveMessages.set(record, (message = toMessage(partition, record)));
  return message;
}

export type TailItem = { ready: Record<number, number>; unavailablePartitions: number[] } | { messages: Message[] };

/** First where it starts (per partition), then new messages as they arrive, until the signal aborts. */
export async function* tailMessages(cluster: string, topic: string, partitions: string | undefined, signal: AbortSignal): AsyncGenerator<TailItem> {
  const release = trackReader();
  const chosen = await topicPartitions(cluster, topic, parsePartitionList(partitions)).catch((err: unknown) => {
    release();
    throw err;
  });
  const tail = await followPartitions(cluster, topic, chosen).catch((err: unknown) => {
    release();
    throw err;
  });
  try {
    assertSomeReadable(topic, Object.keys(tail.startOffsets).length, tail.unavailable);
    yield { ready: tail.startOffsets, unavailablePartitions: tail.unavailable.map((u) => u.partition) };
    for (;;) {
      const items = await tail.next(signal);
      if (!items) break;
      const messages = items.flatMap((i) => i.records.map((r) => liveMessage(i.partition, r))).sort((a, b) => a.timestamp - b.timestamp);
      countScanned(messages.length);
      if (messages.length) yield { messages };
    }
  } finally {
    tail.close();
    release();
  }
}
