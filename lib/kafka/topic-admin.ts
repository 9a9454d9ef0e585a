import 'server-only';
// Topic and broker admin calls, Kafka-level only: configuration entries as Kafka describes them, topic creation
// on the controller, partitions, record deletion, topic deletion. Orchestration lives in lib/topics, lib/cluster.
import { ConfigResourceTypes } from 'kafkajs';
import { withAdmin } from './client';
import { type NewTopic, sendKeepingErrors, throwRefusal } from './validation';

export type { NewTopic } from './validation';

/** One entry of a DescribeConfigs answer. */
export interface KafkaConfigEntry {
  configName: string;
  configValue: string | null;
  readOnly: boolean;
  isDefault: boolean;
  configSource?: number;
  isSensitive: boolean;
}

async function describeConfigEntries(clusterName: string, type: ConfigResourceTypes, name: string): Promise<KafkaConfigEntry[]> {
  const { resources } = await withAdmin(clusterName, (admin) => admin.describeConfigs({ resources: [{ type, name }], includeSynonyms: false }));
  return (resources[0]?.configEntries ?? []).map((e) => ({
    configName: e.configName,
    configValue: e.configValue,
    readOnly: e.readOnly,
    isDefault: e.isDefault,
    configSource: (e as { configSource?: number }).configSource,
    isSensitive: e.isSensitive,
  }));
}

export function describeTopicConfigEntries(clusterName: string, topicName: string): Promise<KafkaConfigEntry[]> {
  return describeConfigEntries(clusterName, ConfigResourceTypes.TOPIC, topicName);
}

export function describeBrokerConfigEntries(clusterName: string, brokerId: number): Promise<KafkaConfigEntry[]> {
  return describeConfigEntries(clusterName, ConfigResourceTypes.BROKER, String(brokerId));
}

/**
 * CreateTopics on the controller, its answer kept. Not kafkajs's admin.createTopics: that one first refreshes
 * metadata of every topic its Admin once knew (one deleted since fails it) and then waits for leaders by asking
 * a broker that may not know the new topic yet (UNKNOWN_TOPIC_OR_PARTITION): a created topic answered 404.
 */
export async function createTopicOnController(clusterName: string, topic: NewTopic, timeoutMs: number): Promise<void> {
  const answer = (await sendKeepingErrors(clusterName, 'CreateTopics', { topics: [topic], validateOnly: false, timeout: timeoutMs })) as {
    topicErrors: { errorCode: number; errorMessage?: string | null }[];
  };
  throwRefusal(clusterName, answer.topicErrors.find((e) => e.errorCode !== 0));
}

export async function createPartitions(clusterName: string, topicName: string, count: number, validateOnly: boolean, timeoutMs: number): Promise<void> {
  await withAdmin(clusterName, (admin) => admin.createPartitions({ validateOnly, timeout: timeoutMs, topicPartitions: [{ topic: topicName, count }] }));
}

/** DeleteRecords below the given offsets. */
export async function deleteRecordsBefore(clusterName: string, topicName: string, cuts: { partition: number; offset: string }[]): Promise<void> {
  await withAdmin(clusterName, async (admin) => {
    // deleteTopicRecords looks up leaders in the admin's metadata, which may not hold this topic yet.
    await admin.fetchTopicMetadata({ topics: [topicName] });
    await admin.deleteTopicRecords({ topic: topicName, partitions: cuts });
  });
}

export async function deleteTopicNamed(clusterName: string, topicName: string, timeoutMs: number): Promise<void> {
  await withAdmin(clusterName, (admin) => admin.deleteTopics({ topics: [topicName], timeout: timeoutMs }));
}
