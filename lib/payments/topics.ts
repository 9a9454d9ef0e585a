import 'server-only';
// Creating the payment topics for the generator and the aggregator: 6 partitions, the aggregate topic compacted
// (the newest value per window key is the truth, older ones may go).
import { ensureOwnTopic } from '../kafka/own-topics';

export const PAYMENT_TOPIC_PARTITIONS = 6;

/** The topics that did not exist and were made now. */
export async function ensurePaymentTopics(clusterName: string, topics: { raw?: string; aggregate?: string }): Promise<string[]> {
  const created: string[] = [];
  if (topics.raw && (await ensureOwnTopic(clusterName, { name: topics.raw, partitions: PAYMENT_TOPIC_PARTITIONS, configs: {} }))) created.push(topics.raw);
  if (topics.aggregate && (await ensureOwnTopic(clusterName, { name: topics.aggregate, partitions: PAYMENT_TOPIC_PARTITIONS, configs: { 'cleanup.policy': 'compact' } }))) {
    created.push(topics.aggregate);
  }
  return created;
}
