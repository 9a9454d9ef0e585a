import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatClock,
  formatCount,
  formatDuration,
  formatInstant,
  formatMoney,
  formatRate,
  fromDateTimeInput,
  isUnbounded,
  toDateTimeInput,
  zoneName,
} from './format';

// Intl writes a narrow no-break space in some locales; tests compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const AT = Date.UTC(2026, 11, 1, 20, 26, 31, 123);

describe('formatDuration', () => {
  it('writes two units at most, the largest first', () => {
    expect(formatDuration(45_000, 'en-US')).toBe('45 s');
    expect(formatDuration(200_000, 'en-US')).toBe('3 min 20 s');
    expect(formatDuration((2 * 3600 + 5 * 60 + 9) * 1000, 'en-US')).toBe('2 h 5 min');
    expect(formatDuration((3 * 86_400 + 4 * 3600) * 1000, 'en-US')).toBe('3 d 4 h');
  });

  it('drops a zero second unit and writes sub-second times in ms', () => {
    expect(formatDuration(7_200_000, 'en-US')).toBe('2 h');
    expect(formatDuration(250, 'en-US')).toBe('250 ms');
    expect(formatDuration(1_500, 'en-US')).toBe('1 s');
    expect(formatDuration(0, 'en-US')).toBe('0 s');
  });

  it('writes the numbers in the locale', () => {
    expect(formatDuration(1_234 * 86_400_000, 'pt-BR')).toBe('1.234 d');
    expect(formatDuration(1_234 * 86_400_000, 'en-US')).toBe('1,234 d');
  });
});

describe('isUnbounded', () => {
  it('reads Long.MAX_VALUE and -1 as no limit, in any of the shapes Kafka sends', () => {
    expect(isUnbounded('9223372036854775807')).toBe(true);
    expect(isUnbounded(9223372036854775807n)).toBe(true);
    expect(isUnbounded(Number('9223372036854775807'))).toBe(true); // as JSON.parse reads it
    expect(isUnbounded(-1)).toBe(true);
    expect(isUnbounded('-1')).toBe(true);
  });

  it('keeps real limits', () => {
    expect(isUnbounded('604800000')).toBe(false);
    expect(isUnbounded(0)).toBe(false);
  });
});

describe('formatBytes', () => {
  it('uses binary units as Kafka size configs do', () => {
    expect(formatBytes(0, 'en-US')).toBe('0 B');
    expect(formatBytes(512, 'en-US')).toBe('512 B');
    expect(formatBytes(1536, 'en-US')).toBe('1.5 KiB');
    expect(formatBytes(1_048_576, 'en-US')).toBe('1 MiB');
    expect(formatBytes(1_073_741_824 * 300, 'en-US')).toBe('300 GiB');
  });

  it('writes the decimal separator of the locale', () => {
    expect(formatBytes(1536, 'pt-BR')).toBe('1,5 KiB');
  });
});

describe('formatCount and formatRate', () => {
  it('groups digits per locale and keeps offsets past 2^53 exact', () => {
    expect(formatCount(1234567, 'en-US')).toBe('1,234,567');
    expect(formatCount(1234567, 'pt-BR')).toBe('1.234.567');
    expect(formatCount('9007199254740993', 'en-US')).toBe('9,007,199,254,740,993');
  });

  it('writes a rate with its unit per second', () => {
    expect(formatRate(1234.4, 'msg', 'en-US')).toBe('1,234 msg/s');
    expect(formatRate(2.25, 'msg', 'pt-BR')).toBe('2,3 msg/s');
  });
});

describe('formatInstant', () => {
  it('always names the zone', () => {
    expect(plain(formatInstant(AT, { locale: 'en-US', time: 'utc' }))).toBe('Dec 1, 2026, 20:26:31 UTC');
    expect(plain(formatInstant(AT, { locale: 'pt-BR', time: 'utc' }))).toBe('1 de dez. de 2026, 20:26:31 UTC');
  });

  it('adds milliseconds when asked', () => {
    expect(plain(formatInstant(AT, { locale: 'en-US', time: 'utc' }, true))).toBe('Dec 1, 2026, 20:26:31.123 UTC');
  });

  it('follows the local setting to the runtime zone', () => {
    const local = formatInstant(AT, { locale: 'en-US', time: 'local' });
    expect(local).toContain(zoneName(AT, { locale: 'en-US', time: 'local' }));
    expect(zoneName(AT, { locale: 'en-US', time: 'utc' })).toBe('UTC');
  });

  it('writes 24-hour clock ticks', () => {
    expect(formatClock(AT, { locale: 'en-US', time: 'utc' })).toBe('20:26');
    expect(formatClock(AT, { locale: 'pt-BR', time: 'utc' }, true)).toBe('20:26:31');
  });
});

describe('datetime-local inputs', () => {
  it('round-trip an instant in either setting', () => {
    const minute = Date.UTC(2026, 11, 1, 20, 26);
    expect(toDateTimeInput(minute, 'utc')).toBe('2026-12-01T20:26');
    expect(fromDateTimeInput('2026-12-01T20:26', 'utc')).toBe(minute);
    expect(fromDateTimeInput(toDateTimeInput(minute, 'local'), 'local')).toBe(minute);
  });
});

describe('formatMoney', () => {
  it('writes every currency in the reader’s locale', () => {
    expect(plain(formatMoney('123456', 'BRL', 'pt-BR'))).toBe('R$ 1.234,56');
    expect(plain(formatMoney('123456', 'USD', 'pt-BR'))).toBe('US$ 1.234,56');
    expect(formatMoney('123456', 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney('123456', 'BRL', 'en-US')).toBe('R$1,234.56');
    expect(formatMoney('3620050', 'EUR', 'en-US')).toBe('€36,200.50');
    expect(formatMoney('1700000', 'JPY', 'en-US')).toBe('¥1,700,000');
  });

  it('has one compact style per locale, whatever the currency', () => {
    expect(plain(formatMoney('44007163', 'BRL', 'pt-BR', true))).toBe('R$ 440 mil');
    expect(plain(formatMoney('5090000', 'USD', 'pt-BR', true))).toBe('US$ 50,9 mil');
    expect(plain(formatMoney('3620000', 'EUR', 'pt-BR', true))).toBe('€ 36,2 mil');
    expect(formatMoney('44007163', 'BRL', 'en-US', true)).toBe('R$440K');
    expect(formatMoney('5090000', 'USD', 'en-US', true)).toBe('$50.9K');
    expect(formatMoney('3620000', 'EUR', 'en-US', true)).toBe('€36.2K');
    expect(formatMoney('1020000', 'GBP', 'en-US', true)).toBe('£10.2K');
    expect(formatMoney('1700000', 'JPY', 'en-US', true)).toBe('¥1.7M');
  });

  it('keeps amounts past 2^53 minor units exact', () => {
    expect(formatMoney('900719925474099312', 'USD', 'en-US')).toBe('$9,007,199,254,740,993.12');
  });
});
