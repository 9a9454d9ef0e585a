import { describe, expect, it } from 'vitest';
import { planReset, selectPartitions } from './reset';

const p = { partition: 0, currentOffset: 40, logStartOffset: 10, logEndOffset: 100 };

describe('planReset', () => {
  it('moves to the log start for earliest and the log end for latest', () => {
    expect(planReset([p], 'earliest')[0]!.newOffset).toBe(10);
    expect(planReset([p], 'latest')[0]!.newOffset).toBe(100);
  });

  it('keeps the current offset beside the new one', () => {
    expect(planReset([p], 'latest')).toEqual([{ partition: 0, currentOffset: 40, newOffset: 100 }]);
  });

  it('uses the offset found for a timestamp, or the log end when no message is that new', () => {
    expect(planReset([{ ...p, offsetForTimestamp: 55 }], { timestamp: '2026-01-01T00:00:00Z' })[0]!.newOffset).toBe(55);
    expect(planReset([{ ...p, offsetForTimestamp: null }], { timestamp: '2026-01-01T00:00:00Z' })[0]!.newOffset).toBe(100);
  });

  it('clamps an explicit offset into the retained log', () => {
    expect(planReset([p], { offset: 3 })[0]!.newOffset).toBe(10);
    expect(planReset([p], { offset: 500 })[0]!.newOffset).toBe(100);
    expect(planReset([p], { offset: 70 })[0]!.newOffset).toBe(70);
  });

  it('shifts from the committed offset, clamped at both ends', () => {
    expect(planReset([p], { shiftBy: -5 })[0]!.newOffset).toBe(35);
    expect(planReset([p], { shiftBy: -100 })[0]!.newOffset).toBe(10);
    expect(planReset([p], { shiftBy: 1000 })[0]!.newOffset).toBe(100);
  });

  it('refuses to shift a partition with nothing committed', () => {
    expect(() => planReset([{ ...p, currentOffset: null }], { shiftBy: 1 })).toThrow(/no committed offset/);
  });
});

describe('selectPartitions', () => {
  it('takes all partitions when none are named', () => {
    expect(selectPartitions([0, 1, 2], undefined)).toEqual([0, 1, 2]);
  });

  it('takes the named ones once, in order', () => {
    expect(selectPartitions([0, 1, 2], [2, 0, 2])).toEqual([0, 2]);
  });

  it('refuses a partition the topic does not have', () => {
    expect(() => selectPartitions([0, 1], [5])).toThrow(/Partition 5 does not exist/);
  });
});
