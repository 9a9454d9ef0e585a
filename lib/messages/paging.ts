// Pages of messages merged across partitions, and the cursors that continue them. Pure.
import type { Message } from '../api/schemas/messages';

export type Order = 'newest' | 'oldest';

/**
 * Where a page continues: read forward from inclusive start offsets, or backward from exclusive end
 * offsets, per partition; `order` is how the page is shown.
 */
export interface Cursor {
  order: Order;
  direction: 'forward' | 'backward';
  positions: Record<number, number>;
}

export function encodeCursor(cursor: Cursor): string {
  const positions = Object.entries(cursor.positions).map(([p, o]) => `${p}:${o}`).join(',');
  return `${cursor.order[0]}${cursor.direction[0]}.${positions}`;
}

/** Parses a cursor; null when it is not one this server made. */
export function decodeCursor(text: string): Cursor | null {
  const m = /^([no])([fb])\.((?:\d+:\d+)(?:,\d+:\d+)*)$/.exec(text);
  if (!m) return null;
  const positions: Record<number, number> = {};
  for (const pair of m[3]!.split(',')) {
    const [p, o] = pair.split(':').map(Number);
    positions[p!] = o!;
  }
  return { order: m[1] === 'n' ? 'newest' : 'oldest', direction: m[2] === 'f' ? 'forward' : 'backward', positions };
}

/** Oldest first by timestamp; ties by partition then offset, so the order is total and stable. */
export function compareOldestFirst(a: Message, b: Message): number {
  return a.timestamp - b.timestamp || a.partition - b.partition || a.offset - b.offset;
}

/**
 * Merges per-partition runs into one page. Forward reads keep the oldest `limit` (a k-way merge from the
 * start offsets); backward reads keep the newest `limit` (from the end offsets).
 */
export function mergePage(runs: Message[][], limit: number, direction: Cursor['direction'], order: Order): Message[] {
  const all = runs.flat().sort(compareOldestFirst);
  const kept = direction === 'forward' ? all.slice(0, limit) : all.slice(Math.max(0, all.length - limit));
  return order === 'oldest' ? kept : kept.reverse();
}

export interface PartitionSpan {
  partition: number;
  /** Inclusive first offset the page covers. */
  start: number;
  /** Exclusive end offset the page covers. */
  end: number;
  low: number;
  high: number;
}

/**
 * The offsets a page covers per partition. Reading forward from `from`, a partition's span ends after the
 * last message taken from it; reading backward from `from`, it starts at the first message taken.
 */
export function pageSpans(
  page: Message[],
  direction: Cursor['direction'],
  from: Record<number, number>,
  ranges: { partition: number; low: number; high: number }[],
): PartitionSpan[] {
  return ranges.map(({ partition, low, high }) => {
    const taken = page.filter((m) => m.partition === partition).map((m) => m.offset);
    const origin = from[partition] ?? (direction === 'forward' ? high : low);
    if (direction === 'forward') {
      return { partition, low, high, start: origin, end: taken.length ? Math.max(...taken) + 1 : origin };
    }
    return { partition, low, high, start: taken.length ? Math.min(...taken) : origin, end: origin };
  });
}

/** next/prev cursors of a page: "after" reads forward from the ends, "before" backward from the starts. */
export function pageCursors(spans: PartitionSpan[], order: Order): { next?: string; prev?: string } {
  const after = spans.some((s) => s.end < s.high)
    ? encodeCursor({ order, direction: 'forward', positions: Object.fromEntries(spans.map((s) => [s.partition, s.end])) })
    : undefined;
  const before = spans.some((s) => s.start > s.low)
    ? encodeCursor({ order, direction: 'backward', positions: Object.fromEntries(spans.map((s) => [s.partition, s.start])) })
    : undefined;
  return order === 'oldest' ? { next: after, prev: before } : { next: before, prev: after };
}

/** Partitions from "0,2,5", or undefined for all. */
export function parsePartitionList(text: string | undefined): number[] | undefined {
  return text ? text.split(',').map(Number) : undefined;
}
