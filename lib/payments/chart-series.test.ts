import { describe, expect, it } from 'vitest';
import type { PaymentWindow } from '../api/schemas/payments';
import { amountsPerMinute, countsPerMinute, currenciesIn, paymentTotals } from './chart-series';

const w = (start: string, currency: PaymentWindow['currency'], status: PaymentWindow['status'], count: number, sumMinor: string): PaymentWindow => ({
  start,
  end: start,
  currency,
  status,
  count,
  sumMinor,
  minMinor: '1',
  maxMinor: sumMinor,
  p50Minor: '1000',
  p95Minor: '5000',
});

const windows = [
  w('2020-06-25T17:06:00.000Z', 'BRL', 'captured', 10, '900000000000000001'),
  w('2020-06-25T17:06:00.000Z', 'BRL', 'authorized', 2, '1'),
  w('2020-06-25T17:06:00.000Z', 'USD', 'declined', 3, '300'),
  w('2020-06-25T17:07:00.000Z', 'BRL', 'declined', 5, '500'),
];

describe('payment chart series', () => {
  it('lists currencies in schema order', () => {
    expect(currenciesIn(windows)).toEqual(['BRL', 'USD']);
  });

  it('counts payments per minute and currency over all statuses', () => {
    expect(countsPerMinute(windows)).toEqual([
      { start: '2020-06-25T17:06:00.000Z', minute: '17:06', BRL: 12, USD: 3 },
      { start: '2020-06-25T17:07:00.000Z', minute: '17:07', BRL: 5 },
    ]);
  });

  it('sums paid amounts per minute exactly, leaving declined out', () => {
    const rows = amountsPerMinute(windows, 'BRL');
    expect(rows[0]!.sumMinor).toBe('900000000000000002');
    expect(rows[0]!.p95Major).toBe(50);
    expect(rows[1]!.sumMinor).toBe('0');
  });

  it('computes the declined rate and the paid totals per currency', () => {
    const totals = paymentTotals(windows);
    expect(totals.count).toBe(20);
    expect(totals.declinedRate).toBe(8 / 20);
    expect(totals.paidMinor).toEqual({ BRL: '900000000000000002' });
  });
});
