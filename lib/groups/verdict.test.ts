import { describe, expect, it } from 'vitest';
import { evaluatePartition, type LagSample, MIN_TREND_SAMPLES, worstVerdict } from './verdict';

/** Samples 30 s apart from (committed, logEnd) pairs; log start 0 unless said. */
function series(points: [number | null, number][], extra: Partial<LagSample> = {}): LagSample[] {
  return points.map(([committedOffset, logEndOffset], i) => ({
    atMs: i * 30_000,
    committedOffset,
    logStartOffset: 0,
    logEndOffset,
    lag: logEndOffset - (committedOffset ?? 0),
    assigned: true,
    ...extra,
  }));
}

describe('evaluatePartition', () => {
  it('is OK when the group catches up', () => {
    expect(evaluatePartition(series([[10, 100], [50, 110], [90, 120]])).verdict).toBe('OK');
  });

  it('is OK with zero lag even when the offset never moved', () => {
    expect(evaluatePartition(series([[100, 100], [100, 100], [100, 100]])).verdict).toBe('OK');
  });

  it('is OK without samples', () => {
    expect(evaluatePartition([]).verdict).toBe('OK');
  });

  it(`is OK while fewer than ${MIN_TREND_SAMPLES} samples show no trend`, () => {
    expect(evaluatePartition(series([[10, 100], [10, 200]]))).toEqual({ verdict: 'OK', reason: 'Collecting samples' });
  });

  it('is WARN when the offset moves but lag grows at every sample', () => {
    expect(evaluatePartition(series([[10, 100], [20, 130], [30, 170]])).verdict).toBe('WARN');
  });

  it('is not WARN when lag fell once within the window', () => {
    expect(evaluatePartition(series([[10, 100], [60, 120], [70, 170]])).verdict).toBe('OK');
  });

  it('is OK when lag is flat and the offset moves (keeping pace)', () => {
    expect(evaluatePartition(series([[10, 100], [20, 110], [30, 120]])).verdict).toBe('OK');
  });

  it('is STALL when a member is assigned but the offset does not move while lag remains', () => {
    expect(evaluatePartition(series([[10, 100], [10, 100], [10, 120]])).verdict).toBe('STALL');
  });

  it('is STOP when no member is assigned and the offset does not move while lag remains', () => {
    expect(evaluatePartition(series([[10, 100], [10, 100], [10, 100]], { assigned: false })).verdict).toBe('STOP');
  });

  it('is STOP for a partition never committed and not consumed', () => {
    expect(evaluatePartition(series([[null, 5], [null, 5], [null, 5]], { assigned: false })).verdict).toBe('STOP');
  });

  it('is ERR when the committed offset fell below the log start, whatever the trend', () => {
    const samples = series([[10, 100], [20, 110], [30, 120]]);
    samples[2]!.logStartOffset = 50;
    expect(evaluatePartition(samples).verdict).toBe('ERR');
  });

  it('looks only at the last window of samples', () => {
    const stalledLongAgo = series([[10, 100], [10, 100], [10, 100], [20, 100], [30, 100], [40, 100]]);
    expect(evaluatePartition(stalledLongAgo, 3).verdict).toBe('OK');
    expect(evaluatePartition(stalledLongAgo.slice(0, 3), 3).verdict).toBe('STALL');
  });

  it('starts a new window after the offset was reset backwards', () => {
    const rewound = series([[80, 100], [90, 100], [5, 100], [5, 100]]);
    expect(evaluatePartition(rewound)).toEqual({ verdict: 'OK', reason: 'Collecting samples' });
  });
});

describe('worstVerdict', () => {
  it('orders OK < WARN < STALL < STOP < ERR', () => {
    expect(worstVerdict(['OK', 'STALL', 'WARN'])).toBe('STALL');
    expect(worstVerdict(['STOP', 'ERR', 'OK'])).toBe('ERR');
    expect(worstVerdict([])).toBe('OK');
  });
});
