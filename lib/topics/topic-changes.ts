import 'server-only';
// Changing topics: create, configure, grow, purge, delete. Each refuses read-only clusters first, checks
// what it can before sending, lets Kafka validate (validateOnly) where it can, and forgets cached metadata.
import type { CreateTopicInput, PurgeInput, PurgeResult, TopicDetail } from '../api/schemas/topics';
import { assertWritable } from '../config/clusters';
import { badRequest, conflict } from '../errors';
import { getClusterMetadata, invalidateMetadata, type TopicMetadata, waitForTopicLeaders } from '../kafka/metadata';
import { fetchWatermarks } from '../kafka/offsets';
import { createPartitions, createTopicOnController, deleteRecordsBefore, deleteTopicNamed } from '../kafka/topic-admin';
import { validateNewTopic } from '../kafka/validation';
import { collidingTopic } from './names';
import { describeTopic, findTopic, getTopic } from './topics';

const KAFKA_TIMEOUT_MS = 4_000;

type ConfigMap = Record<string, string>;
const entries = (configs: ConfigMap) => Object.entries(configs).map(([name, value]) => ({ name, value }));

export async function createTopic(clusterName: string, input: CreateTopicInput): Promise<TopicDetail> {
  assertWritable(clusterName);
  invalidateMetadata(clusterName);
  const md = await getClusterMetadata(clusterName);
  if (md.topics.some((t) => t.name === input.name)) throw conflict(`Topic "${input.name}" already exists`);
  const other = collidingTopic(input.name, md.topics.map((t) => t.name));
  if (other) throw badRequest(`"${input.name}" collides with the existing topic "${other}": Kafka treats "." and "_" alike in metric names`);
  if (input.replicationFactor > md.brokers.length) {
    throw badRequest(`Replication factor ${input.replicationFactor} is more than the ${md.brokers.length} broker(s) in the cluster`);
  }
  const topic = { topic: input.name, numPartitions: input.partitions, replicationFactor: input.replicationFactor, configEntries: entries(input.configs) };
  await validateNewTopic(clusterName, topic, KAFKA_TIMEOUT_MS);
  await createTopicOnController(clusterName, topic, KAFKA_TIMEOUT_MS);
  // Created: from here on the answer is the topic, as far as the brokers know it yet, never an error.
  const seen = await waitForTopicLeaders(clusterName, input.name, KAFKA_TIMEOUT_MS);
  return describeTopic(clusterName, seen ?? pendingTopic(input));
}

/** A topic the controller created that no broker has reported yet: its partitions, leaders and replicas unknown. */
function pendingTopic(input: CreateTopicInput): TopicMetadata {
  const partitions = Array.from({ length: input.partitions }, (_, partition) => ({ partition, leader: -1, replicas: [], isr: [], offlineReplicas: [] }));
  return { name: input.name, internal: false, partitions };
}

export async function addPartitions(clusterName: string, topicName: string, count: number): Promise<TopicDetail> {
  assertWritable(clusterName);
  const topic = await findTopic(clusterName, topicName);
  if (count <= topic.partitions.length) {
    throw badRequest(`The topic has ${topic.partitions.length} partitions; Kafka can only add partitions, so ask for more than that`);
  }
  await createPartitions(clusterName, topicName, count, true, KAFKA_TIMEOUT_MS);
  await createPartitions(clusterName, topicName, count, false, KAFKA_TIMEOUT_MS);
  invalidateMetadata(clusterName);
  return getTopic(clusterName, topicName);
}

/** Deletes records below the given offsets; every partition is checked before anything is deleted. */
export async function purgeTopic(clusterName: string, topicName: string, input: PurgeInput): Promise<PurgeResult> {
  assertWritable(clusterName);
  const topic = await findTopic(clusterName, topicName);
  const marks = (await fetchWatermarks(clusterName, [topic])).get(topicName) ?? new Map();
  const requested = 'all' in input ? topic.partitions.map((p) => ({ partition: p.partition, beforeOffset: marks.get(p.partition)?.high })) : input.partitions;
  const cuts: { partition: number; offset: string }[] = [];
  for (const { partition, beforeOffset } of requested) {
    const m = marks.get(partition);
    if (!topic.partitions.some((p) => p.partition === partition)) throw badRequest(`Partition ${partition} does not exist; the topic has ${topic.partitions.length}`);
    if (!m || beforeOffset === undefined) throw badRequest(`Partition ${partition} has no leader to answer; nothing was purged`);
    if (beforeOffset > m.high) throw badRequest(`Partition ${partition}: offset ${beforeOffset} is beyond its high watermark ${m.high}`);
    if (beforeOffset > m.low) cuts.push({ partition, offset: String(beforeOffset) });
  }
  if (cuts.length > 0) await deleteRecordsBefore(clusterName, topicName, cuts);
  const after = (await fetchWatermarks(clusterName, [topic])).get(topicName) ?? new Map();
  return {
    partitions: topic.partitions.map((p) => ({ partition: p.partition, low: after.get(p.partition)?.low ?? null, high: after.get(p.partition)?.high ?? null })),
  };
}

export async function deleteTopic(clusterName: string, topicName: string): Promise<{ deleted: string }> {
  assertWritable(clusterName);
  await findTopic(clusterName, topicName);
  await deleteTopicNamed(clusterName, topicName, KAFKA_TIMEOUT_MS);
  invalidateMetadata(clusterName);
  return { deleted: topicName };
}
