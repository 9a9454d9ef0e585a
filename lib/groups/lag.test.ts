import { describe, expect, it } from 'vitest';
import { computePartitionLag, estimateLagSeconds, sumLag } from './lag';

const marks = { logStartOffset: 10, logEndOffset: 100 };

describe('computePartitionLag', () => {
  it('is the log end minus the committed offset', () => {
    expect(computePartitionLag(40, marks)).toEqual({ lag: 60, lagBasis: 'committed', behindLogStart: false });
  });

  it('is zero when the group committed the log end', () => {
    expect(computePartitionLag(100, marks).lag).toBe(0);
  });

  it('counts the whole retained partition when nothing is committed', () => {
    expect(computePartitionLag(null, marks)).toEqual({ lag: 90, lagBasis: 'uncommitted', behindLogStart: false });
  });

  it('flags a committed offset before the log start and still measures from it, as Kafka does', () => {
    expect(computePartitionLag(4, marks)).toEqual({ lag: 96, lagBasis: 'committed', behindLogStart: true });
  });

  it('never reports negative lag for an offset past the end', () => {
    expect(computePartitionLag(150, marks).lag).toBe(0);
  });
});

describe('estimateLagSeconds', () => {
  it('is zero without lag, whatever the timestamp', () => {
    expect(estimateLagSeconds(0, null, 1_000_000)).toBe(0);
  });

  it('is the age of the next unread message', () => {
    expect(estimateLagSeconds(5, 1_000_000 - 90_000, 1_000_000)).toBe(90);
  });

  it('is unknown without a timestamp', () => {
    expect(estimateLagSeconds(5, null, 1_000_000)).toBeNull();
  });

  it('is never negative for timestamps from a fast producer clock', () => {
    expect(estimateLagSeconds(5, 2_000_000, 1_000_000)).toBe(0);
  });
});

describe('sumLag', () => {
  it('adds lag and keeps the largest known time estimate', () => {
    expect(sumLag([{ lag: 3, lagSeconds: 10 }, { lag: 4, lagSeconds: null }, { lag: 0, lagSeconds: 25 }])).toEqual({ totalLag: 7, maxLagSeconds: 25 });
  });

  it('has no time estimate when none is known', () => {
    expect(sumLag([{ lag: 3 }]).maxLagSeconds).toBeNull();
  });
});
