'use client';
import { cn } from '@/lib/cn';
import { useFormat } from '@/lib/format/use-format';

export type StatTone = 'neutral' | 'good' | 'bad';

export function Stat({ label, value, note, tone = 'neutral' }: { label: string; value: string | number; note?: string; tone?: StatTone }) {
  const f = useFormat();
  const text = typeof value === 'number' ? f.count(value) : value;
  return (
    <div className={cn('stat', tone !== 'neutral' && tone)} role="group" aria-label={label}>
      <div className="label">{label}</div>
      {/* Long values (money, addresses) step down a size rather than overflow a narrow card. */}
      <div className={cn('value', text.length > 8 && 'long')} title={text}>
        {text}
      </div>
      {note && <div className="note">{note}</div>}
    </div>
  );
}
