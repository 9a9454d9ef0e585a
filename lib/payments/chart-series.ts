// Shapes the summary's windows into chart rows and totals for the payments page. Pure. Amounts stay exact
// (BigInt, minor-unit strings) for every number shown as text; charts get a float copy only to scale bars.
import type { PaymentWindow } from '../api/schemas/payments';
import { PAYMENT_STATUSES, type PaymentStatus } from './event';
import { CURRENCIES, CURRENCY_EXPONENT, type Currency } from './money';

/** Currencies present in the windows, in the schema's order. */
export function currenciesIn(windows: PaymentWindow[]): Currency[] {
  const seen = new Set(windows.map((w) => w.currency));
  return CURRENCIES.filter((c) => seen.has(c));
}

const minuteLabel = (iso: string) => iso.slice(11, 16);
const toMajor = (minor: string | bigint, currency: Currency) => Number(minor) / 10 ** CURRENCY_EXPONENT[currency];

export type VolumeRow = { start: string; minute: string } & Partial<Record<Currency, number>>;

/** Payments per minute, one column per currency (all statuses). */
export function countsPerMinute(windows: PaymentWindow[]): VolumeRow[] {
  const rows = new Map<string, VolumeRow>();
  for (const w of windows) {
    const row = rows.get(w.start) ?? { start: w.start, minute: minuteLabel(w.start) };
    row[w.currency] = (row[w.currency] ?? 0) + w.count;
    rows.set(w.start, row);
  }
  return [...rows.values()].sort((a, b) => a.start.localeCompare(b.start));
}

export interface AmountRow {
  start: string;
  minute: string;
  /** Exact, for text. */
  sumMinor: string;
  /** For the chart's scale only. */
  sumMajor: number;
  p50Major: number | null;
  p95Major: number | null;
}

/** Amount moved per minute in one currency (authorized + captured), and the captured amounts' p50/p95. */
export function amountsPerMinute(windows: PaymentWindow[], currency: Currency): AmountRow[] {
  const rows = new Map<string, AmountRow & { sum: bigint }>();
  for (const w of windows.filter((x) => x.currency === currency)) {
    const row = rows.get(w.start) ?? { start: w.start, minute: minuteLabel(w.start), sum: 0n, sumMinor: '0', sumMajor: 0, p50Major: null, p95Major: null };
    if (w.status === 'authorized' || w.status === 'captured') row.sum += BigInt(w.sumMinor);
    if (w.status === 'captured') {
      row.p50Major = toMajor(w.p50Minor, currency);
      row.p95Major = toMajor(w.p95Minor, currency);
    }
    rows.set(w.start, row);
  }
  return [...rows.values()]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map(({ sum, ...row }) => ({ ...row, sumMinor: sum.toString(), sumMajor: toMajor(sum, currency) }));
}

export interface StatusTotal {
  status: PaymentStatus;
  count: number;
  share: number;
}

export interface PaymentTotals {
  count: number;
  byStatus: StatusTotal[];
  declinedRate: number;
  /** Authorized + captured amount per currency, exact. */
  paidMinor: Partial<Record<Currency, string>>;
}

export function paymentTotals(windows: PaymentWindow[]): PaymentTotals {
  const counts = new Map<PaymentStatus, number>();
  const paid = new Map<Currency, bigint>();
  let count = 0;
  for (const w of windows) {
    count += w.count;
    counts.set(w.status, (counts.get(w.status) ?? 0) + w.count);
    if (w.status === 'authorized' || w.status === 'captured') paid.set(w.currency, (paid.get(w.currency) ?? 0n) + BigInt(w.sumMinor));
  }
  const byStatus = PAYMENT_STATUSES.map((status) => {
    const n = counts.get(status) ?? 0;
    return { status, count: n, share: count ? n / count : 0 };
  });
  return {
    count,
    byStatus,
    declinedRate: count ? (counts.get('declined') ?? 0) / count : 0,
    paidMinor: Object.fromEntries([...paid].map(([c, v]) => [c, v.toString()])),
  };
}
