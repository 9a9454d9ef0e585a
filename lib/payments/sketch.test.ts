import { describe, expect, it } from 'vitest';
import { createRandom } from './random';
import { QuantileSketch, SKETCH_RELATIVE_ACCURACY } from './sketch';

const exactQuantile = (sorted: number[], q: number) => sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1]!;

function withinBound(estimate: number | null, exact: number) {
  expect(estimate).not.toBeNull();
  expect(Math.abs(estimate! - exact)).toBeLessThanOrEqual(SKETCH_RELATIVE_ACCURACY * exact + 0.5);
}

describe('QuantileSketch', () => {
  it('estimates p50 and p95 of log-normal amounts within its documented relative error', () => {
    const random = createRandom(7);
    const values = Array.from({ length: 50_000 }, () => Math.max(1, Math.round(random.logNormal(8000, 1.1))));
    const sketch = new QuantileSketch();
    for (const v of values) sketch.add(v);
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.5, 0.95, 0.99, 0.01]) withinBound(sketch.quantile(q), exactQuantile(sorted, q));
  });

  it('gives the same answer after merging parts as when built from all values at once', () => {
    const random = createRandom(11);
    const values = Array.from({ length: 9_000 }, () => random.int(1, 2_000_000));
    const whole = new QuantileSketch();
    const parts = [new QuantileSketch(), new QuantileSketch(), new QuantileSketch()];
    values.forEach((v, i) => {
      whole.add(v);
      parts[i % 3]!.add(v);
    });
    const merged = new QuantileSketch();
    for (const p of parts) merged.merge(QuantileSketch.from(p.toBuckets()));
    expect(merged.count).toBe(9_000);
    expect(merged.quantile(0.95)).toBe(whole.quantile(0.95));
    withinBound(merged.quantile(0.95), exactQuantile([...values].sort((a, b) => a - b), 0.95));
  });

  it('answers a single value within the bound and nothing when empty', () => {
    const sketch = new QuantileSketch();
    expect(sketch.quantile(0.5)).toBeNull();
    sketch.add(1);
    expect(sketch.quantile(0.5)).toBe(1);
    const big = new QuantileSketch();
    big.add(123_456_789);
    withinBound(big.quantile(0.95), 123_456_789);
  });
});
