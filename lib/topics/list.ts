// Pure: a topic list filtered, summarized, sorted and paged the way the topic list API answers it.
import type { Partition, TopicListQuery, TopicSortKey, TopicSummary } from '../api/schemas/topics';
import { isOffline, isUnderReplicated, type PartitionMetadata, type TopicMetadata } from '../cluster/overview';

/** Low and high watermark of one partition; absent when its leader could not be asked. */
export interface Watermarks {
  low: number;
  high: number;
  /** Last stable offset, when it was asked for (topic detail); null when its request failed. */
  lastStable?: number | null;
}

/** topic → partition → watermarks */
export type OffsetsByTopic = Map<string, Map<number, Watermarks>>;

/** Kafka's own internal flag, or a `__` name: the convention of Kafka's and Fluxo's own topics (__fluxo_lag_history). */
export function isInternalTopic(topic: Pick<TopicMetadata, 'name' | 'internal'>): boolean {
  return topic.internal || topic.name.startsWith('__');
}

export function matchTopics(topics: TopicMetadata[], query: Pick<TopicListQuery, 'search' | 'internal'>): TopicMetadata[] {
  const needle = query.search.trim().toLowerCase();
  return topics.filter((t) => (query.internal || !isInternalTopic(t)) && (!needle || t.name.toLowerCase().includes(needle)));
}

export function describePartition(p: PartitionMetadata, marks: Watermarks | undefined): Partition {
  return {
    partition: p.partition,
    leader: isOffline(p) ? null : p.leader,
    replicas: p.replicas,
    isr: p.isr,
    offlineReplicas: p.offlineReplicas,
    low: marks?.low ?? null,
    high: marks?.high ?? null,
    lastStable: marks?.lastStable ?? null,
    messages: marks ? marks.high - marks.low : null,
  };
}

/** One topic's numbers. `offsets` undefined: not asked; messages stays null rather than a made-up 0. */
export function summarizeTopic(topic: TopicMetadata, offsets?: Map<number, Watermarks>, sizeBytes: number | null = null): TopicSummary {
  let messages: number | null = 0;
  for (const p of topic.partitions) {
    const marks = offsets?.get(p.partition);
    messages = marks && messages !== null ? messages + marks.high - marks.low : null;
  }
  return {
    name: topic.name,
    internal: isInternalTopic(topic),
    partitions: topic.partitions.length,
    replicationFactor: Math.max(0, ...topic.partitions.map((p) => p.replicas.length)),
    underReplicatedPartitions: topic.partitions.filter(isUnderReplicated).length,
    offlinePartitions: topic.partitions.filter(isOffline).length,
    messages: topic.partitions.length === 0 ? 0 : messages,
    sizeBytes,
  };
}

/** Sorts by one column; ties and unknown message counts fall back to the name so pages are stable. */
export function sortTopics(items: TopicSummary[], sort: TopicSortKey, order: 'asc' | 'desc'): TopicSummary[] {
  const dir = order === 'asc' ? 1 : -1;
  const byName = (a: TopicSummary, b: TopicSummary) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return [...items].sort((a, b) => {
    if (sort === 'name') return dir * byName(a, b);
    const x = a[sort];
    const y = b[sort];
    if (x === y) return byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return dir * (x - y);
  });
}

export function pageOf<T>(items: T[], page: number, pageSize: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/** Every column but messages and size is known from metadata alone, so only the shown page needs offsets and sizes. */
export function sortNeedsOffsets(sort: TopicSortKey): boolean {
  return sort === 'messages';
}

export function sortNeedsSizes(sort: TopicSortKey): boolean {
  return sort === 'sizeBytes';
}
