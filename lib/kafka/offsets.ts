import 'server-only';
// Watermarks of many partitions at once for the topic list and detail: the partition reader's ListOffsets,
// one request per leader broker and per kind (earliest, latest), read_uncommitted (high watermarks).
import { listOffsets, partitionKey } from './partition-io';

interface TopicPartitions {
  name: string;
  partitions: readonly { partition: number; leader: number }[];
}

/** Low and high watermarks of every partition of these topics that answered; the others stay unknown. */
export async function fetchWatermarks(clusterName: string, topics: readonly TopicPartitions[]): Promise<Map<string, Map<number, { low: number; high: number }>>> {
  const wanted = topics.flatMap((t) => t.partitions.filter((p) => p.leader >= 0).map((p) => ({ topic: t.name, partition: p.partition })));
  const result = new Map<string, Map<number, { low: number; high: number }>>();
  if (!wanted.length) return result;
  const [low, high] = await Promise.all([
    listOffsets(clusterName, wanted, 'earliest', 'read_uncommitted'),
    listOffsets(clusterName, wanted, 'latest', 'read_uncommitted'),
  ]);
  const failedBrokers = new Set([...low.failed.values(), ...high.failed.values()].filter((f) => f.code === null).map((f) => f.reason));
  // One slow or restarting broker leaves its partitions' counts unknown (null), not the whole list.
  for (const reason of failedBrokers) console.error(`[fluxo] offsets of "${clusterName}" from ${reason}`);
  for (const { topic, partition } of wanted) {
    const l = low.offsets.get(partitionKey(topic, partition));
    const h = high.offsets.get(partitionKey(topic, partition));
    if (l === undefined || h === undefined) continue;
    const marks = result.get(topic) ?? new Map();
    marks.set(partition, { low: l, high: h });
    result.set(topic, marks);
  }
  return result;
}
