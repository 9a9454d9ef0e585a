import { describe, expect, it } from 'vitest';
import { toWindowRecord, type AggregateRecord } from './aggregate-record';
import type { ParsedPayment } from './event';
import { summarizeAggregates } from './summary';
import { PartitionWindows } from './windows';

const T0 = Date.parse('2020-06-25T14:06:00Z');
function payment(partitionPayer: string, offsetMs: number, amountMinor: string): ParsedPayment {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    payer: partitionPayer,
    payee: 'merchant-1',
    amountMinor,
    currency: 'BRL',
    method: 'pix',
    status: 'captured',
    occurredAt: new Date(T0 + offsetMs).toISOString(),
    occurredAtMs: T0 + offsetMs,
  };
}

describe('summarizeAggregates', () => {
  it('merges the partials of all source partitions into one row per window, currency and status', () => {
    const p0 = new PartitionWindows(30_000);
    const p1 = new PartitionWindows(30_000);
    p0.add(payment('acct-alice', 1_000, '1000'));
    p0.add(payment('acct-alice', 2_000, '3000'));
    p1.add(payment('acct-bruno', 3_000, '500'));
    const records: AggregateRecord[] = [
      ...p0.takeChanged().map((w) => toWindowRecord(w, 0)),
      ...p1.takeChanged().map((w) => toWindowRecord(w, 1)),
      { kind: 'progress', schemaVersion: 1, sourcePartition: 0, maxEventTime: null, droppedLate: 2 },
      { kind: 'progress', schemaVersion: 1, sourcePartition: 1, maxEventTime: null, droppedLate: 3 },
    ];
    const summary = summarizeAggregates(records, T0, T0 + 60_000);
    expect(summary.windows).toHaveLength(1);
    expect(summary.windows[0]).toMatchObject({ count: 3, sumMinor: '4500', minMinor: '500', maxMinor: '3000' });
    expect(summary.topPayers.map((p) => p.payer)).toEqual(['acct-alice', 'acct-bruno']);
    expect(summary.dropped).toBe(5);
  });

  it('leaves out windows outside the range', () => {
    const p0 = new PartitionWindows(30_000);
    p0.add(payment('acct-alice', 1_000, '1000'));
    const records = p0.takeChanged().map((w) => toWindowRecord(w, 0));
    expect(summarizeAggregates(records, T0 + 60_000, T0 + 120_000).windows).toEqual([]);
  });
});
