import 'server-only';
// Watermarks of many partitions at once for the topic list and detail: the partition reader's ListOffsets,
// one request per leader broker and per kind (earliest, latest), read_uncommitted (high watermarks); on
// request also the last stable offset (latest under read_committed), held back by open transactions.
import { listOffsets, partitionKey } from './partition-io';

interface TopicPartitions {
  name: string;
  partitions: readonly { partition: number; leader: number }[];
}

export interface PartitionMarks {
  low: number;
  high: number;
  /** Asked for with lastStable: the last stable offset; null when that request failed. */
  lastStable?: number | null;
}

/** Low and high watermarks of every partition of these topics that answered; the others stay unknown. */
export async function fetchWatermarks(clusterName: string, topics: readonly TopicPartitions[], options: { lastStable?: boolean } = {}): Promise<Map<string, Map<number, PartitionMarks>>> {
  const wanted = topics.flatMap((t) => t.partitions.filter((p) => p.leader >= 0).map((p) => ({ topic: t.name, partition: p.partition })));
  const result = new Map<string, Map<number, PartitionMarks>>();
  if (!wanted.length) return result;
  const [low, high, stable] = await Promise.all([
    listOffsets(clusterName, wanted, 'earliest', 'read_uncommitted'),
    listOffsets(clusterName, wanted, 'latest', 'read_uncommitted'),
    options.lastStable ? listOffsets(clusterName, wanted, 'latest', 'read_committed') : null,
  ]);
  const failedBrokers = new Set([...low.failed.values(), ...high.failed.values()].filter((f) => f.code === null).map((f) => f.reason));
  // One slow or restarting broker leaves its partitions' counts unknown (null), not the whole list.
  for (const reason of failedBrokers) console.error(`[fluxo] offsets of "${clusterName}" from ${reason}`);
  for (const { topic, partition } of wanted) {
    const l = low.offsets.get(partitionKey(topic, partition));
    const h = high.offsets.get(partitionKey(topic, partition));
    if (l === undefined || h === undefined) continue;
    const marks = result.get(topic) ?? new Map<number, PartitionMarks>();
    marks.set(partition, stable ? { low: l, high: h, lastStable: stable.offsets.get(partitionKey(topic, partition)) ?? null } : { low: l, high: h });
    result.set(topic, marks);
  }
  return result;
}
