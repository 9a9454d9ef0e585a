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
  sortTopics,
  summarizeTopic,
} from './list';
import { findTopicMetadata, getClusterMetadata, type TopicMetadata } from '../kafka/metadata';
import { fetchWatermarks } from '../kafka/offsets';
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

export async function listTopics(clusterName: string, query: TopicListQuery): Promise<TopicList> {
  getCluster(clusterName);
  const matching = matchTopics((await getClusterMetadata(clusterName)).topics, query);
  const byName = new Map(matching.map((t) => [t.name, t]));
  let items;
  if (sortNeedsOffsets(query.sort)) {
    const offsets = await offsetsForSort(clusterName, matching);
    const summaries = matching.map((t) => summarizeTopic(t, offsets.get(t.name) ?? new Map()));
    items = pageOf(sortTopics(summaries, query.sort, query.order), query.page, query.pageSize);
  } else {
    const page = pageOf(sortTopics(matching.map((t) => summarizeTopic(t)), query.sort, query.order), query.page, query.pageSize);
    const offsets = await fetchWatermarks(clusterName, page.map((s) => byName.get(s.name)!));
    items = page.map((s) => summarizeTopic(byName.get(s.name)!, offsets.get(s.name) ?? new Map()));
  }
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
