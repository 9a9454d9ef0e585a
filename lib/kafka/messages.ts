import 'server-only';
// Browsing a topic: pages merged across partitions by timestamp, read with the group-less reader.
import type { BrowseQuery, Message, MessagePage } from '../api/schemas/messages';
import { badRequest, notFound } from '../errors';
import { type Cursor, decodeCursor, mergePage, type Order, pageCursors, pageSpans, parsePartitionList } from '../messages/paging';
import { fetchPartition, offsetForTimestamp, type PartitionRange, partitionRanges, topicPartitions } from './reader';

/**
 * Bytes asked for per fetch when paging: about what the page needs (the broker still returns at least one
 * whole batch), so a page of 50 does not decode thousands of records per partition.
 */
const pageFetchBytes = (limit: number) => Math.min(256 * 1024, Math.max(16 * 1024, limit * 512));
/** Backward reads double their window this often at most (compacted or transactional gaps). */
const MAX_BACKWARD_STEPS = 24;

/** Up to `limit` messages of a partition in [start, end), oldest first. */
export async function readForward(cluster: string, topic: string, partition: number, start: number, end: number, limit: number): Promise<Message[]> {
  const out: Message[] = [];
  let offset = start;
  while (out.length < limit && offset < end) {
    const batch = await fetchPartition(cluster, topic, partition, offset, { maxBytes: pageFetchBytes(limit - out.length) });
    for (const m of batch.messages) if (m.offset < end && out.length < limit) out.push(m);
    if (batch.nextOffset <= offset) break;
    offset = batch.nextOffset;
  }
  return out;
}

/** The last `limit` messages of a partition before `end`, oldest first. */
async function readBackward(cluster: string, topic: string, range: PartitionRange, end: number, limit: number): Promise<Message[]> {
  let collected: Message[] = [];
  let windowEnd = end;
  let window = limit;
  for (let step = 0; step < MAX_BACKWARD_STEPS && collected.length < limit && windowEnd > range.low; step++) {
    const windowStart = Math.max(range.low, windowEnd - window);
    const found = await readForward(cluster, topic, range.partition, windowStart, windowEnd, windowEnd - windowStart);
    collected = [...found, ...collected];
    windowEnd = windowStart;
    window *= 2;
  }
  return collected.slice(Math.max(0, collected.length - limit));
}

type Start = Pick<Cursor, 'order' | 'direction' | 'positions'>;

/** Where a page without cursor starts: per partition, and which way it reads. */
async function startOf(cluster: string, topic: string, q: BrowseQuery, ranges: PartitionRange[]): Promise<Start> {
  const order: Order = q.order ?? (q.from === 'newest' ? 'newest' : 'oldest');
  const direction = order === 'oldest' || q.from === 'oldest' ? 'forward' : 'backward';
  const clamp = (r: PartitionRange, o: number) => Math.min(Math.max(o, r.low), r.high);
  const positionOf = async (r: PartitionRange): Promise<number> => {
    if (q.from === 'oldest') return r.low;
    if (q.from === 'newest') return r.high;
    if (q.from.startsWith('offset:')) {
      const n = Number(q.from.slice(7));
      return clamp(r, direction === 'forward' ? n : n + 1);
    }
    const ms = Date.parse(q.from.slice(10));
    // Newest first "from T" shows T and what came before it.
    return offsetForTimestamp(cluster, topic, r, direction === 'forward' ? ms : ms + 1);
  };
  const offsets = await Promise.all(ranges.map(positionOf));
  return { order, direction, positions: Object.fromEntries(ranges.map((r, i) => [r.partition, offsets[i]!])) };
}

export async function browseMessages(cluster: string, topic: string, q: BrowseQuery): Promise<MessagePage> {
  const cursor = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
  if (cursor === null) throw badRequest('cursor is not one this server gave out');
  const chosen = cursor ? Object.keys(cursor.positions).map(Number) : parsePartitionList(q.partitions);
  const partitions = await topicPartitions(cluster, topic, chosen);
  const ranges = await partitionRanges(cluster, topic, partitions);
  const start = cursor ?? (await startOf(cluster, topic, q, ranges));
  const runs = await Promise.all(
    ranges.map((r) => {
      const from = start.positions[r.partition] ?? r.low;
      return start.direction === 'forward'
        ? readForward(cluster, topic, r.partition, Math.max(from, r.low), r.high, q.limit)
        : readBackward(cluster, topic, r, Math.min(from, r.high), q.limit);
    }),
  );
  const messages = mergePage(runs, q.limit, start.direction, start.order);
  return { messages, ...pageCursors(pageSpans(messages, start.direction, start.positions, ranges), start.order) };
}

/** One message by partition and offset (the permalink); 404 when compacted away or not yet written. */
export async function getMessage(cluster: string, topic: string, partition: number, offset: number): Promise<Message> {
  await topicPartitions(cluster, topic, [partition]);
  const [found] = await readForward(cluster, topic, partition, offset, offset + 1, 1);
  if (!found) throw notFound(`No message at offset ${offset} of partition ${partition} in "${topic}"`);
  return found;
}
