// Health verdicts in the spirit of Burrow's evaluator (linkedin/Burrow core/internal/evaluator), computed
// from the samples Fluxo takes itself. Burrow reads every commit from __consumer_offsets; we only poll, so
// "is it committing?" is answered by whether the partition has a live member (see STALL vs STOP below).

export type Verdict = 'OK' | 'WARN' | 'STALL' | 'STOP' | 'ERR';

/** Worst last: a group's verdict is its worst partition's. */
export const VERDICT_SEVERITY: Record<Verdict, number> = { OK: 0, WARN: 1, STALL: 2, STOP: 3, ERR: 4 };

export interface LagSample {
  atMs: number;
  committedOffset: number | null;
  logStartOffset: number;
  logEndOffset: number;
  lag: number;
  /** A group member is assigned this partition (the consumer is alive). */
  assigned: boolean;
}

export interface VerdictResult {
  verdict: Verdict;
  reason: string;
}

/** How many of the latest samples a verdict looks at. */
export const DEFAULT_WINDOW_SAMPLES = 10;
/** Fewer samples than this cannot show a trend; only ERR and lag-zero OK are decided from one sample. */
export const MIN_TREND_SAMPLES = 3;

/**
 * Rules, first match wins (samples oldest first):
 * 1. ERR   the latest committed offset is below the log start: messages were lost to retention.
 * 2. OK    the latest lag is zero.
 * 3. OK    fewer than MIN_TREND_SAMPLES samples since the last rewind: no trend yet.
 * 4. STOP  the committed offset did not move across the window, lag > 0, and no member is assigned.
 * 5. STALL the committed offset did not move across the window, lag > 0, and a member is assigned.
 * 6. WARN  the offset moves but lag never fell between samples and ended higher than it began.
 * 7. OK    committing and keeping up or catching up.
 * A rewind (offset reset backwards) starts a new window: samples before it describe another position.
 */
export function evaluatePartition(samples: LagSample[], windowSamples = DEFAULT_WINDOW_SAMPLES): VerdictResult {
  const latest = samples.at(-1);
  if (!latest) return { verdict: 'OK', reason: 'No samples yet' };
  if (latest.committedOffset !== null && latest.committedOffset < latest.logStartOffset) {
    return { verdict: 'ERR', reason: 'Committed offset is below the log start: messages were deleted before the group read them' };
  }
  if (latest.lag === 0) return { verdict: 'OK', reason: 'No lag' };

  const window = sinceLastRewind(samples.slice(-windowSamples));
  if (window.length < MIN_TREND_SAMPLES) return { verdict: 'OK', reason: 'Collecting samples' };

  const first = window[0]!;
  const offsetMoved = window.some((s) => s.committedOffset !== first.committedOffset);
  if (!offsetMoved) {
    return latest.assigned
      ? { verdict: 'STALL', reason: 'A member is assigned but the committed offset has not moved while lag remains' }
      : { verdict: 'STOP', reason: 'No member consumes and the committed offset has not moved while lag remains' };
  }
  const neverFell = window.every((s, i) => i === 0 || s.lag >= window[i - 1]!.lag);
  if (neverFell && latest.lag > first.lag) return { verdict: 'WARN', reason: 'Lag grew across the window' };
  return { verdict: 'OK', reason: 'Committing and keeping up' };
}

function sinceLastRewind(window: LagSample[]): LagSample[] {
  for (let i = window.length - 1; i > 0; i--) {
    const prev = window[i - 1]!.committedOffset;
    const cur = window[i]!.committedOffset;
    if (prev !== null && cur !== null && cur < prev) return window.slice(i);
  }
  return window;
}

export function worstVerdict(verdicts: Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, v) => (VERDICT_SEVERITY[v] > VERDICT_SEVERITY[worst] ? v : worst), 'OK');
}
