// Lag arithmetic, the way `kafka-consumer-groups --describe` does it, plus what it leaves out: partitions
// with no commit yet, offsets that fell behind retention, and an estimate of lag in seconds.

/** How a partition's lag was measured: from the committed offset, or the whole retained log when none. */
export type LagBasis = 'committed' | 'uncommitted';

export interface Watermarks {
  /** First offset still in the log (log start); older messages were deleted by retention or a purge. */
  logStartOffset: number;
  /** Offset the next produced message will get (high watermark). */
  logEndOffset: number;
}

export interface PartitionLag {
  lag: number;
  lagBasis: LagBasis;
  /** The committed offset points before the log start: the group will skip messages it never read. */
  behindLogStart: boolean;
}

/**
 * lag = logEnd − committed (as Kafka's CLI prints it); with nothing committed, the whole retained partition
 * (logEnd − logStart), since that is what a consumer starting from `earliest` would still have to read.
 * A committed offset past the end (after a topic was recreated) counts as no lag rather than negative lag.
 */
export function computePartitionLag(committedOffset: number | null, marks: Watermarks): PartitionLag {
  if (committedOffset === null) {
    return { lag: Math.max(0, marks.logEndOffset - marks.logStartOffset), lagBasis: 'uncommitted', behindLogStart: false };
  }
  return {
    lag: Math.max(0, marks.logEndOffset - committedOffset),
    lagBasis: 'committed',
    behindLogStart: committedOffset < marks.logStartOffset,
  };
}

/**
 * Lag in time, an estimate: how old the next message the group would read is. With no lag the group is
 * current (0 s). Without that message's timestamp (purged, or not fetched) there is no estimate.
 * Producer-set timestamps can lie (clock skew, CreateTime in the future), so the result is never negative.
 */
export function estimateLagSeconds(lag: number, nextMessageTimestampMs: number | null, nowMs: number): number | null {
  if (lag === 0) return 0;
  if (nextMessageTimestampMs === null) return null;
  return Math.max(0, Math.round((nowMs - nextMessageTimestampMs) / 1000));
}

/** Sum of partition lags and the largest time estimate, for a group or one of its topics. */
export function sumLag(partitions: { lag: number; lagSeconds?: number | null }[]): { totalLag: number; maxLagSeconds: number | null } {
  let totalLag = 0;
  let maxLagSeconds: number | null = null;
  for (const p of partitions) {
    totalLag += p.lag;
    if (p.lagSeconds != null) maxLagSeconds = Math.max(maxLagSeconds ?? 0, p.lagSeconds);
  }
  return { totalLag, maxLagSeconds };
}
