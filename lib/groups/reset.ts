// Where an offset reset moves each partition, with the same rules as `kafka-consumer-groups --reset-offsets`:
// targets outside the retained log are clamped to it, a timestamp with no later message means the log end.
import { badRequest } from '../errors';
import type { Watermarks } from './lag';

export type ResetTarget = 'earliest' | 'latest' | { timestamp: string } | { offset: number } | { shiftBy: number };

export interface ResetPartitionInput extends Watermarks {
  partition: number;
  currentOffset: number | null;
  /** First offset whose timestamp is at or after the requested time; null when there is none. */
  offsetForTimestamp?: number | null;
}

export interface ResetPlanRow {
  partition: number;
  currentOffset: number | null;
  newOffset: number;
}

const clamp = (offset: number, m: Watermarks) => Math.min(Math.max(offset, m.logStartOffset), m.logEndOffset);

export function planReset(partitions: ResetPartitionInput[], to: ResetTarget): ResetPlanRow[] {
  return partitions.map((p) => ({ partition: p.partition, currentOffset: p.currentOffset, newOffset: targetOffset(p, to) }));
}

function targetOffset(p: ResetPartitionInput, to: ResetTarget): number {
  if (to === 'earliest') return p.logStartOffset;
  if (to === 'latest') return p.logEndOffset;
  if ('timestamp' in to) return p.offsetForTimestamp ?? p.logEndOffset;
  if ('offset' in to) return clamp(to.offset, p);
  if (p.currentOffset === null) {
    throw badRequest(`Partition ${p.partition} has no committed offset to shift from; reset it to earliest, latest, a time or an offset`);
  }
  return clamp(p.currentOffset + to.shiftBy, p);
}

/** "1,3" or [1,3] → the chosen partitions, each of which must exist. */
export function selectPartitions(all: number[], wanted: number[] | undefined): number[] {
  if (!wanted || wanted.length === 0) return all;
  const missing = wanted.filter((p) => !all.includes(p));
  if (missing.length) throw badRequest(`Partition ${missing.join(', ')} does not exist (the topic has ${all.length})`);
  return [...new Set(wanted)].sort((a, b) => a - b);
}
