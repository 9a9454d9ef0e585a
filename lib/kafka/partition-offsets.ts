import 'server-only';
// Partition offsets for lag: earliest and latest offsets, offsets for a time, and the timestamp of the message
// at an offset, each as one request per partition leader for all partitions it leads.
import type { Watermarks } from '../groups/lag';
import { type GroupCluster, type LeaderMap, type RequestCounter, tpKey } from './group-protocol';

/** Kafka ListOffsets timestamps: -1 latest, -2 earliest. READ_UNCOMMITTED as kafka-consumer-groups uses. */
const LATEST = -1;
const EARLIEST = -2;
const READ_UNCOMMITTED = 0;

/** ListOffsets for one timestamp (-1 latest, -2 earliest, else ms): one request per leader broker. */
export async function listOffsetsAt(cluster: GroupCluster, leaders: LeaderMap, timestamp: number, counter: RequestCounter): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  await Promise.all(
    [...leaders].map(async ([nodeId, partitions]) => {
      const byTopic = new Map<string, number[]>();
      for (const p of partitions) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p.partition]);
      counter.count++;
      const { responses } = await (await cluster.findBroker({ nodeId })).listOffsets({
        isolationLevel: READ_UNCOMMITTED,
        topics: [...byTopic].map(([topic, ps]) => ({ topic, partitions: ps.map((partition) => ({ partition, timestamp })) })),
      });
      for (const t of responses) for (const p of t.partitions) if (p.errorCode === 0) found.set(tpKey(t.topic, p.partition), Number(p.offset));
    }),
  );
  return found;
}

/** Earliest and latest offsets of all given partitions: two ListOffsets per leader broker. */
export async function fetchWatermarks(cluster: GroupCluster, leaders: LeaderMap, counter: RequestCounter): Promise<Map<string, Watermarks>> {
  const [low, high] = await Promise.all([listOffsetsAt(cluster, leaders, EARLIEST, counter), listOffsetsAt(cluster, leaders, LATEST, counter)]);
  const marks = new Map<string, Watermarks>();
  for (const [key, logEndOffset] of high) {
    const logStartOffset = low.get(key);
    if (logStartOffset !== undefined) marks.set(key, { logStartOffset, logEndOffset });
  }
  return marks;
}

/** Timestamps of the messages at the given offsets: one small Fetch per leader broker. */
export async function fetchTimestampsAt(
  cluster: GroupCluster,
  wanted: Map<number, { topic: string; partition: number; offset: number }[]>,
  counter: RequestCounter,
): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  await Promise.all(
    [...wanted].map(async ([nodeId, partitions]) => {
      const byTopic = new Map<string, { partition: number; fetchOffset: string; maxBytes: number }[]>();
      const want = new Map(partitions.map((p) => [tpKey(p.topic, p.partition), p.offset]));
      for (const p of partitions) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), { partition: p.partition, fetchOffset: String(p.offset), maxBytes: 16_384 }]);
      counter.count++;
      const { responses } = await (await cluster.findBroker({ nodeId })).fetch({
        replicaId: -1,
        isolationLevel: READ_UNCOMMITTED,
        maxWaitTime: 0,
        minBytes: 0,
        maxBytes: 4 * 1024 * 1024,
        topics: [...byTopic].map(([topic, ps]) => ({ topic, partitions: ps })),
      });
      for (const t of responses) {
        for (const p of t.partitions) {
          const from = want.get(tpKey(t.topicName, p.partition));
          // A batch starts before the wanted offset; the first message at or after it is the next one read.
          const next = from === undefined || p.errorCode !== 0 ? undefined : p.messages.find((m) => Number(m.offset) >= from);
          if (next) found.set(tpKey(t.topicName, p.partition), Number(next.timestamp));
        }
      }
    }),
  );
  return found;
}
