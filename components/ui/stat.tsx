import { cn } from '@/lib/cn';

export type StatTone = 'neutral' | 'good' | 'bad';

export function Stat({ label, value, note, tone = 'neutral' }: { label: string; value: string | number; note?: string; tone?: StatTone }) {
  return (
    <div className={cn('stat', tone !== 'neutral' && tone)} role="group" aria-label={label}>
      <div className="label">{label}</div>
      <div className="value">{typeof value === 'number' ? value.toLocaleString('en-US') : value}</div>
      {note && <div className="note">{note}</div>}
    </div>
  );
}
