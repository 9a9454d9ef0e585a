'use client';
// The reader's two settings, at the foot of the sidebar: language (a cookie the server reads, so the next
// render is in that language) and clock (local time or UTC, for every instant on screen).
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import type { TimeSetting } from '@/lib/format/format';
import { setTimeSetting, useTimeSetting } from '@/lib/format/time-setting';
import { isLocale, LOCALE_COOKIE, LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';

const ONE_YEAR_S = 365 * 24 * 3600;

export function Preferences() {
  const t = useTranslations('shell');
  const locale = useLocale();
  const time = useTimeSetting();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="preferences">
      <div className="switcher">
        <label htmlFor="locale-switcher">{t('language')}</label>
        <select
          id="locale-switcher"
          value={locale}
          disabled={pending}
          onChange={(e) => {
            if (!isLocale(e.target.value)) return;
            document.cookie = `${LOCALE_COOKIE}=${e.target.value}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
            startTransition(() => router.refresh());
          }}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="switcher">
        <label htmlFor="time-switcher">{t('time')}</label>
        <select id="time-switcher" value={time} onChange={(e) => setTimeSetting(e.target.value as TimeSetting)}>
          <option value="local">{t('timeLocal')}</option>
          <option value="utc">{t('timeUtc')}</option>
        </select>
      </div>
    </div>
  );
}
