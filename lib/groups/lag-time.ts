// Lag in time from the sampler's history, without reading any message: the committed offset's message was
// written before the first sample whose log end had passed it. Cheap enough for every group in the list;
// the group page reads the message's own timestamp instead (lag.ts estimateLagSeconds).
import type { GroupSample } from './history';

/**
 * Seconds since the first sample in which the log end was already past `committedOffset`: a lower bound on the
 * age of the next unread message, off by at most one sampling interval. null when even the oldest sample is
 * past it (the message is older than the history kept) or when there is no history of the partition.
 */
export function lagSecondsFromHistory(
  history: GroupSample[],
  topic: string,
  partition: number,
  committedOffset: number,
  lag: number,
  nowMs: number,
): number | null {
  if (lag === 0) return 0;
  let firstPast: number | null = null;
  let sawBefore = false;
  for (const s of history) {
    const p = s.partitions.find((x) => x.topic === topic && x.partition === partition);
    if (!p) continue;
    if (p.logEndOffset > committedOffset) {
      firstPast ??= s.atMs;
    } else if (firstPast === null) {
      sawBefore = true;
    }
  }
  if (firstPast === null || !sawBefore) return null;
  return Math.max(0, Math.round((nowMs - firstPast) / 1000));
}

/** The largest estimate among a group's partitions (null when none is known). */
export function maxLagSecondsFromHistory(history: GroupSample[], current: GroupSample, nowMs: number): number | null {
  let max: number | null = null;
  for (const p of current.partitions) {
    const lag = Math.max(0, p.logEndOffset - (p.committedOffset ?? p.logStartOffset));
    const seconds = lagSecondsFromHistory(history, p.topic, p.partition, p.committedOffset ?? p.logStartOffset, lag, nowMs);
    if (seconds !== null) max = Math.max(max ?? 0, seconds);
  }
  return max;
}
