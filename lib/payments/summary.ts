// Turns the aggregate topic's latest records into what the payments page charts: one row per
// window+currency+status (partials of all source partitions merged), top payers per currency, and the
// number of late events dropped. Pure.
import type { PaymentSummary } from '../api/schemas/payments';
import type { AggregateRecord, WindowRecord } from './aggregate-record';
import { fromWindowRecord } from './aggregate-record';
import type { Currency } from './money';
import { QuantileSketch } from './sketch';
import { TopPayers } from './top-payers';

/** Statuses in which money moved from the payer: top payers count these. */
const PAID_STATUSES = new Set(['authorized', 'captured']);
export const TOP_PAYERS_SHOWN = 10;

export function summarizeAggregates(records: AggregateRecord[], fromMs: number, toMs: number): PaymentSummary {
  const groups = new Map<string, WindowRecord[]>();
  let dropped = 0;
  for (const r of records) {
    if (r.kind === 'progress') {
      dropped += r.droppedLate;
      continue;
    }
    const startMs = Date.parse(r.windowStart);
    if (startMs < fromMs || startMs >= toMs) continue;
    const key = `${r.windowStart}|${r.currency}|${r.status}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }

  const payersByCurrency = new Map<Currency, Map<string, { count: number; sumMinor: bigint }>>();
  const windows = [...groups.values()].map((parts) => {
    const first = parts[0]!;
    const sketch = new QuantileSketch();
    let count = 0;
    let sum = 0n;
    let min: bigint | null = null;
    let max: bigint | null = null;
    for (const part of parts) {
      const w = fromWindowRecord(part);
      count += w.count;
      sum += w.sumMinor;
      if (min === null || w.minMinor < min) min = w.minMinor;
      if (max === null || w.maxMinor > max) max = w.maxMinor;
      sketch.merge(w.sketch);
      if (PAID_STATUSES.has(w.status)) {
        const payers = payersByCurrency.get(w.currency) ?? new Map();
        payersByCurrency.set(w.currency, payers);
        for (const p of w.payers.ranked()) {
          const t = payers.get(p.payer) ?? { count: 0, sumMinor: 0n };
          payers.set(p.payer, { count: t.count + p.count, sumMinor: t.sumMinor + p.sumMinor });
        }
      }
    }
    return {
      start: first.windowStart,
      end: first.windowEnd,
      currency: first.currency,
      status: first.status,
      count,
      sumMinor: sum.toString(),
      minMinor: (min ?? 0n).toString(),
      maxMinor: (max ?? 0n).toString(),
      p50Minor: String(sketch.quantile(0.5) ?? 0),
      p95Minor: String(sketch.quantile(0.95) ?? 0),
    };
  });
  windows.sort((a, b) => a.start.localeCompare(b.start) || a.currency.localeCompare(b.currency) || a.status.localeCompare(b.status));

  const topPayers = [...payersByCurrency.entries()].flatMap(([currency, payers]) =>
    TopPayers.from([...payers.entries()].map(([payer, t]) => ({ payer, ...t, overMinor: 0n })))
      .ranked(TOP_PAYERS_SHOWN)
      .map((p) => ({ currency, payer: p.payer, count: p.count, sumMinor: p.sumMinor.toString() })),
  );
  return { windows, topPayers, dropped };
}
