import { describe, expect, it } from 'vitest';
import { evenCountTicks, evenTimeTicks, timeTickStep } from './ticks';

const at = (h: number, m: number, s = 0) => Date.UTC(2026, 11, 1, h, m, s);

describe('evenTimeTicks', () => {
  it('puts ticks on round multiples of a round step', () => {
    expect(evenTimeTicks(at(20, 13, 7), at(21, 13, 7))).toEqual([at(20, 15), at(20, 30), at(20, 45), at(21, 0)]);
  });

  it('spaces ticks evenly for every range from 15 minutes to 7 days', () => {
    for (const minutes of [15, 60, 360, 1440, 10_080]) {
      const ticks = evenTimeTicks(at(0, 0) - minutes * 60_000, at(0, 0));
      const gaps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]!));
      expect(gaps.size).toBe(1);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('aligns day ticks to the reader’s midnight', () => {
    const offset = -3 * 3_600_000; // UTC−3
    const ticks = evenTimeTicks(at(0, 0) - 7 * 86_400_000, at(0, 0), 6, offset);
    expect(ticks.every((t) => (t + offset) % 86_400_000 === 0)).toBe(true);
  });

  it('chooses seconds for a half-minute span', () => {
    expect(timeTickStep(30_000, 6)).toBe(10_000);
  });
});

describe('evenCountTicks', () => {
  it('uses round steps that cover the maximum', () => {
    expect(evenCountTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(evenCountTicks(3)).toEqual([0, 1, 2, 3]);
    expect(evenCountTicks(0)).toEqual([0]);
  });
});
