import { describe, expect, it } from 'vitest';
import { advance, afterOutOfRange, byTopic, planByLeader, readableEnd } from './partition-plan';

const leaders = new Map([
  ['a/0', 1],
  ['a/1', 2],
  ['a/2', 1],
  ['b/0', 1],
  ['b/1', -1],
]);
const leaderOf = (topic: string, partition: number) => leaders.get(`${topic}/${partition}`);
const tp = (topic: string, partition: number) => ({ topic, partition });

describe('planByLeader', () => {
  it('asks each leader once for all the partitions it leads, across topics', () => {
    const plan = planByLeader([tp('a', 0), tp('a', 1), tp('a', 2), tp('b', 0)], leaderOf);
    expect(plan.requests).toEqual([
      { leader: 1, partitions: [tp('a', 0), tp('a', 2), tp('b', 0)] },
      { leader: 2, partitions: [tp('a', 1)] },
    ]);
    expect(plan.leaderless).toEqual([]);
  });

  it('sets apart partitions without a leader or unknown to the metadata', () => {
    const plan = planByLeader([tp('a', 0), tp('b', 1), tp('c', 0)], leaderOf);
    expect(plan.requests.map((r) => r.leader)).toEqual([1]);
    expect(plan.leaderless).toEqual([tp('b', 1), tp('c', 0)]);
  });

  it('splits a leader with many partitions into requests of at most the chunk size', () => {
    const plan = planByLeader([tp('a', 0), tp('a', 2), tp('b', 0)], leaderOf, 2);
    expect(plan.requests.map((r) => r.partitions.length)).toEqual([2, 1]);
  });
});

describe('byTopic', () => {
  it('groups a request’s partitions per topic in first-seen order', () => {
    expect(byTopic([tp('a', 0), tp('b', 0), tp('a', 2)], (p) => p.partition)).toEqual([
      { topic: 'a', partitions: [0, 2] },
      { topic: 'b', partitions: [0] },
    ]);
  });
});

describe('readableEnd', () => {
  it('is the last stable offset under read_committed and the high watermark otherwise', () => {
    expect(readableEnd('read_committed', 10, 7)).toBe(7);
    expect(readableEnd('read_uncommitted', 10, 7)).toBe(10);
    expect(readableEnd('read_committed', 10, -1)).toBe(10);
  });
});

describe('advance', () => {
  const pos = { next: 5, to: 20, fetchBytes: 1000 };

  it('continues after the last record of the answer, even when it was a marker or aborted', () => {
    expect(advance(pos, { lastOffset: 9, endOffset: 30 }, 1000)).toEqual({ next: 10, to: 20, fetchBytes: 1000, done: false });
  });

  it('is done at the end of the span or at the readable end, whichever comes first', () => {
    expect(advance(pos, { lastOffset: 19, endOffset: 30 }, 1000).done).toBe(true);
    expect(advance(pos, { lastOffset: 11, endOffset: 12 }, 1000).done).toBe(true);
  });

  it('never moves backwards on a batch that starts before the fetch offset', () => {
    expect(advance(pos, { lastOffset: 3, endOffset: 30 }, 1000).next).toBe(5);
  });

  it('asks again with room for a whole batch when only part of one fitted', () => {
    expect(advance(pos, { lastOffset: undefined, endOffset: 30 }, 1000)).toEqual({ next: 5, to: 20, fetchBytes: 8000, done: false });
  });

  it('gives up growing after 64 times the initial size, and is done with nothing left to read', () => {
    expect(advance({ ...pos, fetchBytes: 64_000 }, { lastOffset: undefined, endOffset: 30 }, 1000).done).toBe(true);
    expect(advance(pos, { lastOffset: undefined, endOffset: 5 }, 1000).done).toBe(true);
  });
});

describe('afterOutOfRange', () => {
  it('moves a read that fell behind retention to the log start', () => {
    expect(afterOutOfRange(3, 100, 10, 50)).toBe(10);
  });

  it('ends a read whose span was deleted entirely or that is past the end', () => {
    expect(afterOutOfRange(3, 8, 10, 50)).toBeNull();
    expect(afterOutOfRange(60, 100, 10, 50)).toBeNull();
  });
});
