// One formatter for every number, size, duration, instant and amount the console shows. Pure: the locale and
// the time setting come in as arguments, so the same call gives the same text on the server, in the browser
// and under test. Components reach it through useFormat() (lib/format/use-format.ts).
import { type Currency, minorToDecimal } from '@/lib/payments/money';

/** Local time of the browser, or UTC: one setting for every instant on screen. */
export type TimeSetting = 'local' | 'utc';

export interface FormatContext {
  /** A BCP 47 tag Intl understands: 'en-US', 'pt-BR'. */
  locale: string;
  time: TimeSetting;
}

/** Kafka's "no limit": Long.MAX_VALUE (retention.ms, max.message.bytes …) or -1 (retention.bytes). */
const LONG_MAX = 9223372036854775807n;

export function isUnbounded(value: number | string | bigint): boolean {
  if (typeof value === 'number') return value === -1 || value >= Number(LONG_MAX);
  const n = BigInt(value);
  return n === -1n || n >= LONG_MAX;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** Counts and offsets, exactly: offsets arrive as decimal strings and may pass 2^53. */
export function formatCount(value: number | string | bigint, locale: string): string {
  const exact = typeof value === 'number' ? value : (String(value) as Intl.StringNumericLiteral);
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(exact);
}

/** 1.2K / 1,2 mil: for chart ticks, where room is short. */
export function formatCompactCount(value: number, locale: string): string {
  return numberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

export function formatDecimal(value: number, locale: string, maximumFractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

export function formatPercent(fraction: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** Messages (or anything) per second: "1,234.5 msg/s". */
export function formatRate(perSecond: number, unit: string, locale: string): string {
  return `${formatDecimal(perSecond, locale, perSecond < 10 ? 1 : 0)} ${unit}/s`;
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/** Binary units, as Kafka's own size configs are (1048576 = 1 MiB): "0 B", "512 B", "1.5 KiB", "2 GiB". */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${bytes < 0 ? '-' : ''}${formatDecimal(value, locale, digits)} ${BYTE_UNITS[unit]}`;
}

const DURATION_UNITS: [ms: number, name: string][] = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1_000, 's'],
  [1, 'ms'],
];

/**
 * 250 ms, 45 s, 3 min 20 s, 2 h 5 min, 7 d: two units at most, the largest first. The unit symbols are the
 * same in English and Portuguese; the numbers follow the locale.
 */
export function formatDuration(ms: number, locale: string): string {
  const total = Math.max(0, Math.round(ms));
  if (total === 0) return '0 s';
  const i = DURATION_UNITS.findIndex(([size]) => total >= size);
  const [big, bigName] = DURATION_UNITS[i]!;
  const whole = Math.floor(total / big);
  const next = DURATION_UNITS[i + 1];
  // Below a minute the milliseconds are noise next to the seconds.
  const rest = next && big > 1_000 ? Math.floor((total % big) / next[0]) : 0;
  const head = `${formatCount(whole, locale)} ${bigName}`;
  return rest && next ? `${head} ${formatCount(rest, locale)} ${next[1]}` : head;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, time: TimeSetting, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${time}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, hourCycle: 'h23', timeZone: time === 'utc' ? 'UTC' : undefined });
    dateFormats.set(key, format);
  }
  return format;
}

/** "Dec 1, 2026, 20:26:31 UTC" / "1 de dez. de 2026, 17:26:31 BRT": always with its zone. */
export function formatInstant(ms: number, { locale, time }: FormatContext, precise = false): string {
  return dateFormat(locale, time, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    ...(precise ? { fractionalSecondDigits: 3 } : {}),
    timeZoneName: 'short',
  }).format(ms);
}

/** Time of day for chart ticks: "20:26" (the axis names the zone once). */
export function formatClock(ms: number, { locale, time }: FormatContext, withSeconds = false): string {
  return dateFormat(locale, time, { hour: '2-digit', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}) }).format(ms);
}

/** Day and time for ticks of ranges longer than a day: "Dec 1, 20:00". */
export function formatDayClock(ms: number, { locale, time }: FormatContext): string {
  return dateFormat(locale, time, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** The zone's short name as the formatter writes it: "UTC", "BRT", "GMT-3". */
export function zoneName(ms: number, { locale, time }: FormatContext): string {
  const parts = dateFormat(locale, time, { hour: 'numeric', timeZoneName: 'short' }).formatToParts(ms);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? (time === 'utc' ? 'UTC' : '');
}

/** A value for <input type="datetime-local"> in the chosen zone, and back. */
export function toDateTimeInput(ms: number, time: TimeSetting): string {
  const shifted = time === 'utc' ? ms : ms - new Date(ms).getTimezoneOffset() * 60_000;
  return new Date(shifted).toISOString().slice(0, 16);
}

export function fromDateTimeInput(value: string, time: TimeSetting): number {
  return time === 'utc' ? Date.parse(`${value}:00Z`) : new Date(value).getTime();
}

/**
 * Minor units in the reader's locale, one style for every currency: en → "R$1,234.56", "$50.9K";
 * pt-BR → "R$ 1.234,56", "US$ 50,9 mil". The exact decimal string goes to Intl, never a float.
 */
export function formatMoney(minor: string | bigint, currency: Currency, locale: string, compact = false): string {
  const format = numberFormat(locale, {
    style: 'currency',
    currency,
    ...(compact ? { notation: 'compact', maximumSignificantDigits: 3 } : {}),
  });
  return format.format(minorToDecimal(minor, currency) as Intl.StringNumericLiteral);
}
