import { describe, expect, it } from 'vitest';
import type { ParsedPayment } from './event';
import { PartitionWindows, WINDOW_MS, windowStartOf } from './windows';

const T0 = Date.parse('2020-06-25T14:06:00Z');
let seq = 0;
function payment(offsetMs: number, amountMinor: string, extra: Partial<ParsedPayment> = {}): ParsedPayment {
  const occurredAtMs = T0 + offsetMs;
  return {
    id: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
    payer: 'acct-alice',
    payee: 'acct-bruno',
    amountMinor,
    currency: 'BRL',
    method: 'pix',
    status: 'captured',
    occurredAt: new Date(occurredAtMs).toISOString(),
    occurredAtMs,
    ...extra,
  };
}

describe('PartitionWindows', () => {
  it('puts events into one-minute windows aligned to the minute', () => {
    expect(windowStartOf(T0 + 59_999)).toBe(T0);
    expect(windowStartOf(T0 + 60_000)).toBe(T0 + WINDOW_MS);
  });

  it('keeps count, exact sum, min and max per window, currency and status', () => {
    const w = new PartitionWindows(30_000);
    w.add(payment(1_000, '20000'));
    w.add(payment(2_000, '150'));
    w.add(payment(3_000, '999', { currency: 'USD' }));
    w.add(payment(4_000, '500', { status: 'declined' }));
    const changed = w.takeChanged();
    const brl = changed.find((c) => c.currency === 'BRL' && c.status === 'captured')!;
    expect(brl.count).toBe(2);
    expect(brl.sumMinor).toBe(20150n);
    expect(brl.minMinor).toBe(150n);
    expect(brl.maxMinor).toBe(20000n);
    expect(changed).toHaveLength(3);
  });

  it('counts a late event into its window while the grace period lasts', () => {
    const w = new PartitionWindows(30_000);
    w.add(payment(10_000, '100'));
    w.add(payment(WINDOW_MS + 20_000, '100'));
    expect(w.add(payment(50_000, '100'))).toBe('counted');
    expect(w.droppedLate).toBe(0);
  });

  it('drops and counts an event whose window closed more than the grace period ago', () => {
    const w = new PartitionWindows(30_000);
    w.add(payment(10_000, '100'));
    w.add(payment(WINDOW_MS + 30_000, '100'));
    expect(w.add(payment(50_000, '100'))).toBe('dropped');
    expect(w.droppedLate).toBe(1);
  });

  it('forgets closed windows after reporting them and restores open ones with their progress', () => {
    const w = new PartitionWindows(0);
    w.add(payment(1_000, '100'));
    w.add(payment(WINDOW_MS + 1_000, '200'));
    const changed = w.takeChanged();
    expect(changed).toHaveLength(2);
    expect(w.openWindowCount).toBe(1);
    const restored = PartitionWindows.restore(0, { maxEventMs: w.maxEventMs, droppedLate: 0 }, changed);
    expect(restored.openWindowCount).toBe(1);
    restored.add(payment(WINDOW_MS + 2_000, '300'));
    expect(restored.takeChanged()[0]!.sumMinor).toBe(500n);
  });
});
