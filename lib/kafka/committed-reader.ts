import 'server-only';
// Reads a topic's committed records (isolation.level=read_committed) straight from the partition leaders with
// Fetch requests: no consumer group is joined or left behind in the user's cluster, and every read is bounded
// by a record budget and a deadline. Used for Fluxo's own small topics (payment aggregates), read whole.
import type { RawCluster } from './client';
import { visibleRecords } from './records';

const READ_COMMITTED = 1;
const FETCH_MAX_BYTES = 4 * 1024 * 1024;

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

export interface CommittedRead {
  records: CommittedRecord[];
  /** The budget ran out before every partition reached its last stable offset. */
  truncated: boolean;
}

/** Reads the given partitions (default: all) from their start to their last stable offset. */
export async function readCommitted(
  raw: RawCluster,
  topic: string,
  budget: ReadBudget,
  onlyPartitions?: number[],
): Promise<CommittedRead> {
  await raw.addTargetTopic(topic);
  const metadata = raw.findTopicPartitionMetadata(topic).filter((p) => !onlyPartitions || onlyPartitions.includes(p.partitionId));
  const partitions = metadata.map((p) => ({ partition: p.partitionId }));
  const [starts] = await raw.fetchTopicsOffset([{ topic, fromBeginning: true, partitions }]);
  const [ends] = budget.lastOffsetsPerPartition ? await raw.fetchTopicsOffset([{ topic, fromBeginning: false, partitions }]) : [];
  const [byTime] =
    budget.fromTimestampMs !== undefined ? await raw.fetchTopicsOffset([{ topic, fromTimestamp: budget.fromTimestampMs, partitions }]) : [];
  /** Where to start reading a partition; null when it has nothing new enough. */
  const startOf = (partition: number): bigint | null => {
    let start = BigInt(starts?.partitions.find((s) => s.partition === partition)?.offset ?? '0');
    const end = ends?.partitions.find((s) => s.partition === partition)?.offset;
    if (end !== undefined && budget.lastOffsetsPerPartition) {
      const tail = BigInt(end) - BigInt(budget.lastOffsetsPerPartition);
      if (tail > start) start = tail;
    }
    const timed = byTime?.partitions.find((s) => s.partition === partition)?.offset;
    // The broker answers -1 when no record is that new.
    if (timed === '-1') return null;
    if (timed !== undefined && BigInt(timed) > start) start = BigInt(timed);
    return start;
  };
  const records: CommittedRecord[] = [];
  let truncated = false;
  for (const p of metadata) {
    const start = startOf(p.partitionId);
    if (start === null) continue;
    let offset = start;
    const broker = await raw.findBroker({ nodeId: p.leader });
    for (;;) {
      if (records.length >= budget.maxRecords || Date.now() >= budget.deadlineAt) {
        truncated = true;
        break;
      }
      const response = await broker.fetch({
        // -1: a consumer, not a follower replica (kafkajs would send 0, a broker id, when left out).
        replicaId: -1,
        isolationLevel: READ_COMMITTED,
        maxWaitTime: 0,
        minBytes: 0,
        maxBytes: FETCH_MAX_BYTES,
        topics: [{ topic, partitions: [{ partition: p.partitionId, fetchOffset: offset.toString(), maxBytes: FETCH_MAX_BYTES }] }],
      });
      const part = response.responses[0]?.partitions[0];
      if (!part) break;
      const stableEnd = BigInt(part.lastStableOffset);
      const fetched = part.messages.filter((m) => BigInt(m.offset) >= offset && BigInt(m.offset) < stableEnd);
      for (const m of visibleRecords(fetched, part.abortedTransactions ?? [], Number(offset))) {
        records.push({ partition: p.partitionId, offset: m.offset, key: m.key, value: m.value });
      }
      const last = fetched[fetched.length - 1];
      if (!last || BigInt(last.offset) + 1n >= stableEnd) break;
      offset = BigInt(last.offset) + 1n;
    }
    if (truncated) break;
  }
  return { records, truncated };
}
