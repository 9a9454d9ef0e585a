import { describe, expect, it } from 'vitest';
import { paymentEventSchema } from './event';
import { createPaymentGenerator, isoWithOffset } from './generate';

describe('createPaymentGenerator', () => {
  const options = { seed: 5, startMs: Date.parse('2020-06-25T14:06:00Z'), ratePerSecond: 200 };
  const sample = (n: number) => {
    const next = createPaymentGenerator(options);
    return Array.from({ length: n }, next);
  };

  it('repeats the same events, ids and times included, for the same seed and start', () => {
    expect(sample(50)).toEqual(sample(50));
  });

  it('produces events that follow the schema', () => {
    for (const e of sample(2_000)) expect(paymentEventSchema.safeParse(e).success).toBe(true);
  });

  it('has realistic shape: a few % declined, some late events, many small and few large amounts', () => {
    const events = sample(20_000);
    const declined = events.filter((e) => e.status === 'declined').length / events.length;
    expect(declined).toBeGreaterThan(0.02);
    expect(declined).toBeLessThan(0.1);
    const times = events.map((e) => Date.parse(e.occurredAt));
    const late = times.filter((t, i) => i > 0 && t < times[i - 1]! - 1_000).length;
    expect(late).toBeGreaterThan(100);
    const brl = events.filter((e) => e.currency === 'BRL').map((e) => Number(e.amountMinor)).sort((a, b) => a - b);
    const median = brl[Math.floor(brl.length / 2)]!;
    const p99 = brl[Math.floor(brl.length * 0.99)]!;
    expect(p99).toBeGreaterThan(8 * median);
    const heavy = events.filter((e) => e.payer === 'acct-alice').length;
    expect(heavy).toBeGreaterThan(events.length * 0.03);
  });

  it('writes event time with the payer’s offset, naming the same instant', () => {
    const iso = isoWithOffset(Date.parse('2020-06-25T17:06:00Z'), '-03:00');
    expect(iso).toBe('2020-06-25T14:06:00.000-03:00');
    expect(Date.parse(iso)).toBe(Date.parse('2020-06-25T17:06:00Z'));
  });
});
