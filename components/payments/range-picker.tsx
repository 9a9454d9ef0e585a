'use client';
// The time range of the payments page: a live "last N minutes" preset (re-anchored at every refresh) or a
// fixed range typed as two instants, in the chosen clock.
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { PaymentRange } from '@/lib/api/queries';
import { fromDateTimeInput, toDateTimeInput } from '@/lib/format/format';
import { useFormat } from '@/lib/format/use-format';

export const RANGE_PRESETS = [
  { label: 'last5', minutes: 5 },
  { label: 'last15', minutes: 15 },
  { label: 'last60', minutes: 60 },
  { label: 'last360', minutes: 360 },
  { label: 'last1440', minutes: 1440 },
  { label: 'last10080', minutes: 10080 },
] as const;

export function RangePicker({ range, onChange }: { range: PaymentRange; onChange: (range: PaymentRange) => void }) {
  const t = useTranslations('payments');
  const f = useFormat();
  const custom = 'from' in range;
  const [from, setFrom] = useState(() => toDateTimeInput(Date.now() - 60 * 60_000, f.time));
  const [to, setTo] = useState(() => toDateTimeInput(Date.now(), f.time));
  const iso = (input: string) => new Date(fromDateTimeInput(input, f.time)).toISOString();
  const valid = from !== '' && to !== '' && fromDateTimeInput(from, f.time) < fromDateTimeInput(to, f.time);
  const id = useId();
  return (
    <div className="row">
      <div className="row" style={{ gap: 6 }}>
        <label htmlFor={`${id}-range`} className="muted">
          {t('range')}
        </label>
        <select
          id={`${id}-range`}
          value={custom ? 'custom' : String(range.lastMinutes)}
          onChange={(e) => onChange(e.target.value === 'custom' ? { from: iso(from), to: iso(to) } : { lastMinutes: Number(e.target.value) })}
        >
          {RANGE_PRESETS.map((p) => (
            <option key={p.minutes} value={p.minutes}>
              {t(p.label)}
            </option>
          ))}
          <option value="custom">{t('custom')}</option>
        </select>
      </div>
      {custom && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) onChange({ from: iso(from), to: iso(to) });
          }}
        >
          <label htmlFor={`${id}-from`} className="muted">
            {t('from')}
          </label>
          <input id={`${id}-from`} type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
          <label htmlFor={`${id}-to`} className="muted">
            {t('to')}
          </label>
          <input id={`${id}-to`} type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
          <span className="muted">{f.zone()}</span>
          <button type="submit" className="button" disabled={!valid}>
            {t('apply')}
          </button>
        </form>
      )}
    </div>
  );
}
