// The payments charts' shared x axis: each window's minute in the chosen clock, and whether it is the minute
// still being filled (its count grows until the minute ends, so it must not read as a drop in traffic).
import { WINDOW_MS } from '@/lib/payments/windows';

export function isMinuteInProgress(startIso: string, nowMs: number): boolean {
  return Date.parse(startIso) + WINDOW_MS > nowMs;
}
