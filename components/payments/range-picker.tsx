'use client';
// The time range of the payments page: a live "last N minutes" preset (re-anchored at every refresh) or a
// fixed range typed as two instants.
import { useId, useState } from 'react';
import type { PaymentRange } from '@/lib/api/queries';

export const RANGE_PRESETS = [
  { label: 'Last 5 minutes', minutes: 5 },
  { label: 'Last 15 minutes', minutes: 15 },
  { label: 'Last hour', minutes: 60 },
  { label: 'Last 6 hours', minutes: 360 },
  { label: 'Last 24 hours', minutes: 1440 },
  { label: 'Last 7 days', minutes: 10080 },
] as const;

/** datetime-local wants local wall time without an offset. */
const toLocalInput = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

export function RangePicker({ range, onChange }: { range: PaymentRange; onChange: (range: PaymentRange) => void }) {
  const custom = 'from' in range;
  const [from, setFrom] = useState(() => toLocalInput(Date.now() - 60 * 60_000));
  const [to, setTo] = useState(() => toLocalInput(Date.now()));
  const valid = from !== '' && to !== '' && new Date(from) < new Date(to);
  const id = useId();
  return (
    <div className="row">
      <div className="row" style={{ gap: 6 }}>
        <label htmlFor={`${id}-range`} className="muted">
          Range
        </label>
        <select
          id={`${id}-range`}
          value={custom ? 'custom' : String(range.lastMinutes)}
          onChange={(e) =>
            onChange(
              e.target.value === 'custom'
                ? { from: new Date(from).toISOString(), to: new Date(to).toISOString() }
                : { lastMinutes: Number(e.target.value) },
            )
          }
        >
          {RANGE_PRESETS.map((p) => (
            <option key={p.minutes} value={p.minutes}>
              {p.label}
            </option>
          ))}
          <option value="custom">Custom range</option>
        </select>
      </div>
      {custom && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) onChange({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
          }}
        >
          <label htmlFor={`${id}-from`} className="muted">
            From
          </label>
          <input id={`${id}-from`} type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
          <label htmlFor={`${id}-to`} className="muted">
            To
          </label>
          <input id={`${id}-to`} type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
          <button type="submit" className="button" disabled={!valid}>
            Apply
          </button>
        </form>
      )}
    </div>
  );
}
