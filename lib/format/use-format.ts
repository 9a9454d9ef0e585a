'use client';
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import type { Currency } from '@/lib/payments/money';
import { INTL_LOCALE } from '@/lib/i18n/locales';
import * as f from './format';
import { useTimeSetting } from './time-setting';

/** The formatter bound to the reader's locale and clock: what components call. */
export function useFormat() {
  const locale = INTL_LOCALE[useLocale()];
  const time = useTimeSetting();
  const t = useTranslations('format');
  return useMemo(() => {
    const ctx: f.FormatContext = { locale, time };
    return {
      locale,
      time,
      count: (n: number | string | bigint) => f.formatCount(n, locale),
      compact: (n: number) => f.formatCompactCount(n, locale),
      decimal: (n: number, digits?: number) => f.formatDecimal(n, locale, digits),
      percent: (fraction: number) => f.formatPercent(fraction, locale),
      rate: (perSecond: number, unit: string) => f.formatRate(perSecond, unit, locale),
      bytes: (n: number) => f.formatBytes(n, locale),
      duration: (ms: number) => f.formatDuration(ms, locale),
      instant: (ms: number, precise = false) => f.formatInstant(ms, ctx, precise),
      clock: (ms: number, withSeconds = false) => f.formatClock(ms, ctx, withSeconds),
      dayClock: (ms: number) => f.formatDayClock(ms, ctx),
      zone: (ms: number = Date.now()) => f.zoneName(ms, ctx),
      money: (minor: string | bigint, currency: Currency, compact = false) => f.formatMoney(minor, currency, locale, compact),
      /** A duration config: Long.MAX_VALUE or -1 is "never" (retention) rather than 292 million years. */
      durationOrNever: (ms: number | string) => (f.isUnbounded(ms) ? t('never') : f.formatDuration(Number(ms), locale)),
      /** A size config: -1 or Long.MAX_VALUE is "unlimited". */
      bytesOrUnlimited: (n: number | string) => (f.isUnbounded(n) ? t('unlimited') : f.formatBytes(Number(n), locale)),
    };
  }, [locale, time, t]);
}

export type Formatter = ReturnType<typeof useFormat>;
