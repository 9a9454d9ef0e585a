import 'server-only';
// Browsing a topic: pages merged across partitions by timestamp, read with the group-less partition reader
// (read_committed), one Fetch per broker for all the partitions it leads.
import type { BrowseQuery, Message, MessagePage } from '../api/schemas/messages';
import { badRequest, notFound } from '../errors';
import { clampToRanges, type PartitionRange, partitionRanges, timestampOffsets, topicPartitions } from '../kafka/partition-io';
import { readRecords, type ReadSpan } from '../kafka/record-reader';
import { type Cursor, decodeCursor, mergePage, type Order, pageCursors, pageSpans, parsePartitionList } from './paging';
import { toMessage } from './records';
import { assertSomeReadable } from './scan';

/**
 * Bytes asked for per partition per fetch when paging. A page's window of a partition often straddles two
 * batches, and the broker adds a batch after the first only while it fits: room for a producer's whole
 * batch (librdkafka's default is 1 MB) reads it in one round trip instead of two or three. Records are cut
 * from the batches only when read, so the extra bytes cost little; the request as a whole stays bounded.
 */
const PAGE_FETCH_BYTES = 1024 * 1024;
const PAGE_FETCH_BYTES_PER_REQUEST = 8 * 1024 * 1024;
/** Backward reads double their window this often at most (compacted or transactional gaps). */
const MAX_BACKWARD_STEPS = 24;

/** Up to `limit` messages of each span, oldest first per partition. */
async function readForward(cluster: string, topic: string, spans: ReadSpan[], limit: number): Promise<Map<number, Message[]>> {
  const out = new Map<number, Message[]>(spans.map((s) => [s.partition, []]));
  const options = {
    isolation: 'read_committed',
    lane: 'admin',
    fetchBytesPerPartition: PAGE_FETCH_BYTES,
    fetchBytesPerRequest: PAGE_FETCH_BYTES_PER_REQUEST,
    maxRecordsPerPartition: limit,
  } as const;
  for await (const round of readRecords(cluster, topic, spans, options)) {
    for (const b of round.batches) out.get(b.partition)!.push(...b.records.map((r) => toMessage(b.partition, r)));
  }
  return out;
}

/**
 * The last `limit` messages of each partition before its end, oldest first. Every partition's window is
 * read in the same round (one Fetch per broker); a window is widened, and read again, only for partitions
 * it left short (compacted or transactional gaps).
 */
async function readBackward(cluster: string, topic: string, ends: { range: PartitionRange; end: number }[], limit: number): Promise<Message[][]> {
  const reads = ends.map(({ range, end }) => ({ range, collected: [] as Message[], windowEnd: end, window: limit }));
  for (let step = 0; step < MAX_BACKWARD_STEPS; step++) {
    const short = reads.filter((r) => r.collected.length < limit && r.windowEnd > r.range.low);
    if (short.length === 0) break;
    const spans = short.map((r) => ({ partition: r.range.partition, from: Math.max(r.range.low, r.windowEnd - r.window), to: r.windowEnd }));
    const found = await readForward(cluster, topic, spans, Math.max(...spans.map((s) => s.to - s.from)));
    for (const [i, r] of short.entries()) {
      r.collected = [...(found.get(r.range.partition) ?? []), ...r.collected];
      r.windowEnd = spans[i]!.from;
      r.window *= 2;
    }
  }
  return reads.map((r) => r.collected.slice(Math.max(0, r.collected.length - limit)));
}

type Start = Pick<Cursor, 'order' | 'direction' | 'positions'>;

/** How a page without cursor is shown, and which way it reads. */
function orderOf(q: BrowseQuery): Pick<Start, 'order' | 'direction'> {
  const order: Order = q.order ?? (q.from === 'newest' ? 'newest' : 'oldest');
  return { order, direction: order === 'oldest' || q.from === 'oldest' ? 'forward' : 'backward' };
}

/**
 * Where a page without cursor starts, per partition. A timestamp's offsets are asked for alongside the
 * partitions' ranges (`stamped`), not after them: one round trip fewer.
 */
function startOf(q: BrowseQuery, ranges: PartitionRange[], stamped: Map<number, number> | null): Start {
  const { order, direction } = orderOf(q);
  const clamp = (r: PartitionRange, o: number) => Math.min(Math.max(o, r.low), r.high);
  let positions: Map<number, number>;
  if (stamped) positions = clampToRanges(stamped, ranges);
  else {
    positions = new Map(
      ranges.map((r) => {
        if (q.from === 'oldest') return [r.partition, r.low];
        if (q.from === 'newest') return [r.partition, r.high];
        const n = Number(q.from.slice(7));
        return [r.partition, clamp(r, direction === 'forward' ? n : n + 1)];
      }),
    );
  }
  return { order, direction, positions: Object.fromEntries(positions) };
}

export async function browseMessages(cluster: string, topic: string, q: BrowseQuery): Promise<MessagePage> {
  const cursor = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
  if (cursor === null) throw badRequest('cursor is not one this server gave out');
  const chosen = cursor ? Object.keys(cursor.positions).map(Number) : parsePartitionList(q.partitions);
  const partitions = await topicPartitions(cluster, topic, chosen);
  const timestampMs = !cursor && q.from.startsWith('timestamp:') ? Date.parse(q.from.slice(10)) : null;
  const [{ ranges, unavailable }, stamped] = await Promise.all([
    partitionRanges(cluster, topic, partitions, 'read_committed'),
    // Newest first "from T" shows T and what came before it.
    timestampMs === null ? null : timestampOffsets(cluster, topic, partitions, orderOf(q).direction === 'forward' ? timestampMs : timestampMs + 1, 'read_committed'),
  ]);
  assertSomeReadable(topic, ranges.length, unavailable);
  const start = cursor ?? startOf(q, ranges, stamped);
  const runs =
    start.direction === 'forward'
      ? [
          ...(
            await readForward(
              cluster,
              topic,
              ranges.map((r) => ({ partition: r.partition, from: Math.max(start.positions[r.partition] ?? r.low, r.low), to: r.high })),
              q.limit,
            )
          ).values(),
        ]
      : await readBackward(
          cluster,
          topic,
          ranges.map((range) => ({ range, end: Math.min(start.positions[range.partition] ?? range.high, range.high) })),
          q.limit,
        );
  const messages = mergePage(runs, q.limit, start.direction, start.order);
  const page = { messages, ...pageCursors(pageSpans(messages, start.direction, start.positions, ranges), start.order) };
  return unavailable.length ? { ...page, unavailablePartitions: unavailable.map((u) => u.partition) } : page;
}

/** One message by partition and offset (the permalink); 404 when compacted away or not yet written. */
export async function getMessage(cluster: string, topic: string, partition: number, offset: number): Promise<Message> {
  await topicPartitions(cluster, topic, [partition]);
  const found = await readForward(cluster, topic, [{ partition, from: offset, to: offset + 1 }], 1);
  const message = found.get(partition)?.[0];
  if (!message) throw notFound(`No message at offset ${offset} of partition ${partition} in "${topic}"`);
  return message;
}
