import 'server-only';
// Reading topics: the list (search, sort, page, message counts), one topic's partitions, its configuration.
import type { ConfigEntry } from '../api/schemas/cluster';
import type { TopicDetail, TopicList, TopicListQuery } from '../api/schemas/topics';
import { toConfigEntries } from '../cluster/config-entries';
import { getCluster } from '../config/clusters';
import { badRequest, notFound } from '../errors';
import {
  describePartition,
  matchTopics,
  type OffsetsByTopic,
  pageOf,
  sortNeedsOffsets,
  sortNeedsSizes,
  sortTopics,
  summarizeTopic,
} from './list';
import { findTopicMetadata, getClusterMetadata, type TopicMetadata } from '../kafka/metadata';
import { fetchWatermarks } from '../kafka/offsets';
import { describeLogDirs } from '../kafka/log-dirs';
import { summarizeClusterSizes } from '../cluster/sizes';
import { describeTopicConfigEntries } from '../kafka/topic-admin';

/** Sorting by messages asks every matching partition's leader; beyond this, narrow the search first. */
const MAX_PARTITIONS_FOR_MESSAGE_SORT = 50_000;
/** Paging through a list sorted by messages reuses one round of offsets for a few seconds. */
const ALL_OFFSETS_TTL_MS = 5_000;
const allOffsets = new Map<string, { at: number; key: string; value: Promise<OffsetsByTopic> }>();

function offsetsForSort(clusterName: string, topics: TopicMetadata[]): Promise<OffsetsByTopic> {
  const partitions = topics.reduce((n, t) => n + t.partitions.length, 0);
  if (partitions > MAX_PARTITIONS_FOR_MESSAGE_SORT) {
    throw badRequest(
      `Sorting by messages would read ${partitions.toLocaleString('en-US')} partitions' offsets (limit ${MAX_PARTITIONS_FOR_MESSAGE_SORT.toLocaleString('en-US')}); search to narrow the list first`,
    );
  }
  const key = topics.map((t) => `${t.name}/${t.partitions.length}`).join(',');
  const hit = allOffsets.get(clusterName);
  if (hit && hit.key === key && Date.now() - hit.at < ALL_OFFSETS_TTL_MS) return hit.value;
  const value = fetchWatermarks(clusterName, topics);
  allOffsets.set(clusterName, { at: Date.now(), key, value });
  value.catch(() => allOffsets.delete(clusterName));
  return value;
}

/** Sorting by size asks every live broker about every matching partition; beyond this, narrow the search first. */
const MAX_PARTITIONS_FOR_SIZE_SORT = 50_000;

/** Bytes on disk per topic from the live brokers; a topic no answering broker holds is left out (unknown). */
async function sizesOf(clusterName: string, brokerIds: number[], topics: TopicMetadata[]): Promise<Map<string, number>> {
  if (topics.length === 0) return new Map();
  const reports = await describeLogDirs(clusterName, brokerIds, topics.map((t) => ({ topic: t.name, partitions: t.partitions.map((p) => p.partition) })));
  return new Map(summarizeClusterSizes(reports).topics.map((t) => [t.topic, t.sizeBytes]));
}

export async function listTopics(clusterName: string, query: TopicListQuery): Promise<TopicList> {
  getCluster(clusterName);
  const md = await getClusterMetadata(clusterName);
  const brokerIds = md.brokers.map((b) => b.id);
  const matching = matchTopics(md.topics, query);
  const byName = new Map(matching.map((t) => [t.name, t]));
  const summarize = (t: TopicMetadata, offsets: OffsetsByTopic | undefined, sizes: Map<string, number> | undefined) =>
    summarizeTopic(t, offsets ? (offsets.get(t.name) ?? new Map()) : undefined, sizes?.get(t.name) ?? null);
  let sortedBy: { offsets?: OffsetsByTopic; sizes?: Map<string, number> } = {};
  if (sortNeedsOffsets(query.sort)) sortedBy = { offsets: await offsetsForSort(clusterName, matching) };
  if (sortNeedsSizes(query.sort)) {
    const partitions = matching.reduce((n, t) => n + t.partitions.length, 0);
    if (partitions > MAX_PARTITIONS_FOR_SIZE_SORT) {
      throw badRequest(`Sorting by size would ask about ${partitions.toLocaleString('en-US')} partitions (limit ${MAX_PARTITIONS_FOR_SIZE_SORT.toLocaleString('en-US')}); search to narrow the list first`);
    }
    sortedBy = { sizes: await sizesOf(clusterName, brokerIds, matching) };
  }
  const page = pageOf(sortTopics(matching.map((t) => summarize(t, sortedBy.offsets, sortedBy.sizes)), query.sort, query.order), query.page, query.pageSize);
  const shown = page.map((s) => byName.get(s.name)!);
  // Whatever the sort did not already fetch is fetched for the shown page only.
  const [offsets, sizes] = await Promise.all([
    sortedBy.offsets ?? fetchWatermarks(clusterName, shown),
    sortedBy.sizes ?? sizesOf(clusterName, brokerIds, shown),
  ]);
  const items = shown.map((t) => summarize(t, offsets, sizes));
  return { items, total: matching.length, page: query.page, pageSize: query.pageSize };
}

/** The topic's metadata, or 404. */
export async function findTopic(clusterName: string, topicName: string): Promise<TopicMetadata> {
  getCluster(clusterName);
  const topic = await findTopicMetadata(clusterName, topicName);
  if (!topic) throw notFound(`Topic "${topicName}" does not exist in cluster "${clusterName}"`);
  return topic;
}

export async function getTopic(clusterName: string, topicName: string): Promise<TopicDetail> {
  return describeTopic(clusterName, await findTopic(clusterName, topicName));
}

/** A topic's detail from metadata already in hand, with its watermarks. */
export async function describeTopic(clusterName: string, topic: TopicMetadata): Promise<TopicDetail> {
  const offsets = (await fetchWatermarks(clusterName, [topic], { lastStable: true })).get(topic.name) ?? new Map();
  return {
    ...summarizeTopic(topic, offsets),
    partitionDetails: topic.partitions.map((p) => describePartition(p, offsets.get(p.partition))),
  };
}

export async function getTopicConfigs(clusterName: string, topicName: string): Promise<ConfigEntry[]> {
  await findTopic(clusterName, topicName);
  return toConfigEntries(await describeTopicConfigEntries(clusterName, topicName));
}
