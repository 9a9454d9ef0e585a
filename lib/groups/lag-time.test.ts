import { describe, expect, it } from 'vitest';
import type { GroupSample } from './history';
import { lagSecondsFromHistory, maxLagSecondsFromHistory } from './lag-time';

/** One partition "t"/0 whose log end was at each given offset, 30 s apart starting at 0. */
function history(logEnds: number[], committedOffset = 10): GroupSample[] {
  return logEnds.map((logEndOffset, i) => ({
    groupId: 'g',
    atMs: i * 30_000,
    partitions: [{ topic: 't', partition: 0, committedOffset, logStartOffset: 0, logEndOffset, assigned: false }],
  }));
}

describe('lagSecondsFromHistory', () => {
  it('is zero without lag', () => {
    expect(lagSecondsFromHistory(history([5, 20]), 't', 0, 20, 0, 60_000)).toBe(0);
  });

  it('counts from the first sample whose log end passed the committed offset', () => {
    // The log end passed 10 between the samples at 30 s and 60 s.
    expect(lagSecondsFromHistory(history([5, 10, 15, 20]), 't', 0, 10, 10, 120_000)).toBe(60);
  });

  it('is unknown when the message is older than the whole history', () => {
    expect(lagSecondsFromHistory(history([15, 20]), 't', 0, 10, 10, 60_000)).toBeNull();
  });

  it('is unknown for a partition the history does not have', () => {
    expect(lagSecondsFromHistory(history([5, 20]), 'other', 0, 10, 10, 60_000)).toBeNull();
  });
});

describe('maxLagSecondsFromHistory', () => {
  it('takes the oldest estimate among partitions, measuring uncommitted ones from the log start', () => {
    const past = history([0, 5, 12]);
    past.forEach((s, i) => s.partitions.push({ topic: 't', partition: 1, committedOffset: null, logStartOffset: 0, logEndOffset: i, assigned: false }));
    const current = past.at(-1)!;
    // Partition 0 passed 10 at 60 s (→ 30 s ago); partition 1 passed its log start 0 at 30 s (→ 60 s ago).
    expect(maxLagSecondsFromHistory(past, current, 90_000)).toBe(60);
  });

  it('is null when nothing is known', () => {
    const past = history([20]);
    expect(maxLagSecondsFromHistory(past, past[0]!, 1_000)).toBeNull();
  });
});
