import 'server-only';
// Fluxo's own payment topics read whole (or their newest records), read_committed, through the partition
// reader: no consumer group joined or left behind, bounded by a record budget and a deadline.
import { FluxoError } from '../errors';
import { offsetsForTimestamp, partitionRanges, topicPartitions } from '../kafka/partition-io';
import { readAll } from '../kafka/record-reader';

const FETCH_BYTES_PER_PARTITION = 4 * 1024 * 1024;

export interface CommittedRecord {
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
}

export interface ReadBudget {
  maxRecords: number;
  deadlineAt: number;
  /** Read only the last N offsets of each partition (a sample of the newest records). */
  lastOffsetsPerPartition?: number;
  /** Skip records written (record timestamp) before this instant. */
  fromTimestampMs?: number;
}

/** Reads the given partitions (default: all) from their start to their last stable offset. */
export async function readCommitted(
  clusterName: string,
  topic: string,
  budget: ReadBudget,
  onlyPartitions?: number[],
): Promise<{ records: CommittedRecord[]; truncated: boolean }> {
  const partitions = await topicPartitions(clusterName, topic, onlyPartitions);
  const { ranges, unavailable } = await partitionRanges(clusterName, topic, partitions, 'read_committed');
  // A summary of part of the partitions would be wrong, not partial: say which cannot be read.
  if (unavailable.length) {
    throw new FluxoError('unavailable', `Partitions ${unavailable.map((u) => u.partition).join(', ')} of "${topic}" cannot be read right now`);
  }
  const byTime = budget.fromTimestampMs === undefined ? null : await offsetsForTimestamp(clusterName, topic, ranges, budget.fromTimestampMs, 'read_committed');
  const spans = ranges.map((r) => {
    let from = r.low;
    if (budget.lastOffsetsPerPartition) from = Math.max(from, r.high - budget.lastOffsetsPerPartition);
    if (byTime) from = Math.max(from, byTime.get(r.partition) ?? r.high);
    return { partition: r.partition, from, to: r.high };
  });
  const read = await readAll(clusterName, topic, spans, {
    isolation: 'read_committed',
    lane: 'admin',
    fetchBytesPerPartition: FETCH_BYTES_PER_PARTITION,
    maxRecords: budget.maxRecords,
    deadlineAt: budget.deadlineAt,
  });
  if (read.unavailable.length) {
    throw new FluxoError('unavailable', `Partitions ${read.unavailable.map((u) => u.partition).join(', ')} of "${topic}" cannot be read right now`);
  }
  return { records: read.records.map((r) => ({ partition: r.partition, offset: r.offset, key: r.key, value: r.value })), truncated: read.truncated };
}
