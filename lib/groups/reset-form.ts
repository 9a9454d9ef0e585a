// The reset dialog's fields turned into an API request body: pure, so its rules are tested.
import type { ResetTarget } from './reset';

export type ResetKind = 'earliest' | 'latest' | 'timestamp' | 'offset' | 'shiftBy';

export interface ResetFormValues {
  topic: string;
  /** "0, 2" or empty for all partitions. */
  partitions: string;
  kind: ResetKind;
  /** datetime-local text for timestamp (local time), a whole number for offset and shiftBy. */
  value: string;
}

export type ResetFormResult = { ok: true; topic: string; partitions?: number[]; to: ResetTarget } | { ok: false; message: string };

export function readResetForm(f: ResetFormValues): ResetFormResult {
  if (!f.topic.trim()) return { ok: false, message: 'Choose a topic' };
  let partitions: number[] | undefined;
  if (f.partitions.trim()) {
    const parts = f.partitions.split(',').map((s) => s.trim());
    if (parts.some((s) => !/^\d+$/.test(s))) return { ok: false, message: 'Partitions: numbers separated by commas, or empty for all' };
    partitions = parts.map(Number);
  }
  const base = { ok: true as const, topic: f.topic.trim(), partitions };
  if (f.kind === 'earliest' || f.kind === 'latest') return { ...base, to: f.kind };
  if (f.kind === 'timestamp') {
    const ms = Date.parse(f.value);
    if (!f.value || Number.isNaN(ms)) return { ok: false, message: 'Enter a date and time' };
    return { ...base, to: { timestamp: new Date(ms).toISOString() } };
  }
  if (!/^-?\d+$/.test(f.value.trim())) return { ok: false, message: f.kind === 'offset' ? 'Enter an offset (a whole number)' : 'Enter a shift (a whole number, negative to go back)' };
  const n = Number(f.value.trim());
  if (f.kind === 'offset') return n < 0 ? { ok: false, message: 'An offset cannot be negative' } : { ...base, to: { offset: n } };
  return { ...base, to: { shiftBy: n } };
}
