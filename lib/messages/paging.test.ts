import { describe, expect, it } from 'vitest';
import type { Message } from '../api/schemas/messages';
import { decodeCursor, encodeCursor, mergePage, pageCursors, pageSpans } from './paging';

const m = (partition: number, offset: number, timestamp: number) => ({ partition, offset, timestamp }) as Message;
const ids = (list: Message[]) => list.map((x) => `${x.partition}@${x.offset}`);

describe('cursors', () => {
  it('round-trip order, direction and positions', () => {
    const c = { order: 'newest' as const, direction: 'backward' as const, positions: { 0: 12, 3: 0 } };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });

  it('reject anything this server did not make', () => {
    for (const t of ['', 'garbage', 'nf.', 'xf.0:1', 'nf.0:-1']) expect(decodeCursor(t), t).toBeNull();
  });
});

describe('mergePage', () => {
  const runs = [
    [m(0, 0, 10), m(0, 1, 30), m(0, 2, 50)],
    [m(1, 0, 20), m(1, 1, 40)],
  ];

  it('keeps the oldest messages across partitions when reading forward', () => {
    expect(ids(mergePage(runs, 3, 'forward', 'oldest'))).toEqual(['0@0', '1@0', '0@1']);
  });

  it('keeps the newest messages, newest first, when reading backward', () => {
    expect(ids(mergePage(runs, 3, 'backward', 'newest'))).toEqual(['0@2', '1@1', '0@1']);
  });

  it('breaks timestamp ties by partition then offset', () => {
    expect(ids(mergePage([[m(1, 5, 7)], [m(0, 9, 7)]], 2, 'forward', 'oldest'))).toEqual(['0@9', '1@5']);
  });
});

describe('page spans and cursors', () => {
  const ranges = [
    { partition: 0, low: 0, high: 3 },
    { partition: 1, low: 0, high: 2 },
  ];

  it('continue after the last message taken from each partition', () => {
    const page = [m(0, 0, 10), m(1, 0, 20)];
    const spans = pageSpans(page, 'forward', { 0: 0, 1: 0 }, ranges);
    expect(spans.map((s) => [s.start, s.end])).toEqual([[0, 1], [0, 1]]);
    const { next, prev } = pageCursors(spans, 'oldest');
    expect(decodeCursor(next!)).toEqual({ order: 'oldest', direction: 'forward', positions: { 0: 1, 1: 1 } });
    expect(prev).toBeUndefined();
  });

  it('go further back from the first message taken when newest first', () => {
    const page = [m(0, 2, 50), m(1, 1, 40)];
    const spans = pageSpans(page, 'backward', { 0: 3, 1: 2 }, ranges);
    const { next, prev } = pageCursors(spans, 'newest');
    expect(decodeCursor(next!)).toEqual({ order: 'newest', direction: 'backward', positions: { 0: 2, 1: 1 } });
    expect(prev).toBeUndefined();
  });
});
