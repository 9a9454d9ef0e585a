import 'server-only';
// Kafka's own words for a refused change. kafkajs 2.2.4 decodes the broker's error_message of CreateTopics and
// AlterConfigs answers but throws only the error code's generic text ("Configuration is invalid"). The
// validateOnly step is therefore sent through kafkajs's broker with a parse step that keeps the answer, so the
// user reads e.g. "Unknown topic config name: x" (kafkajs internals, pinned; covered by integration tests).
import { type RawCluster, withRawCluster } from './client';
import { type KafkaBroker, sendKeepingAnswer } from './internals';
import { kafkaRefusal } from './kafka-error-codes';

type ClusterWithController = RawCluster & { findControllerBroker(): Promise<Pick<KafkaBroker, 'lookupRequest'>> };

interface Refusal {
  errorCode: number;
  errorMessage?: string | null;
}

export async function sendKeepingErrors(clusterName: string, api: 'CreateTopics' | 'AlterConfigs', args: object): Promise<unknown> {
  return withRawCluster(clusterName, async (raw) => sendKeepingAnswer(await (raw as ClusterWithController).findControllerBroker(), api, args));
}

export function throwRefusal(clusterName: string, refusal: Refusal | undefined): void {
  if (refusal && refusal.errorCode !== 0) throw kafkaRefusal(clusterName, refusal.errorCode, refusal.errorMessage ?? null);
}

export interface NewTopic {
  topic: string;
  numPartitions: number;
  replicationFactor: number;
  configEntries: { name: string; value: string }[];
}

/** Kafka checks the topic (name, partitions, replication, every config) without creating it. */
export async function validateNewTopic(clusterName: string, topic: NewTopic, timeoutMs: number): Promise<void> {
  const answer = (await sendKeepingErrors(clusterName, 'CreateTopics', { topics: [topic], validateOnly: true, timeout: timeoutMs })) as {
    topicErrors: Refusal[];
  };
  throwRefusal(clusterName, answer.topicErrors.find((e) => e.errorCode !== 0));
}

