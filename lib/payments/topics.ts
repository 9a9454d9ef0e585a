import 'server-only';
// Creating the payment topics for the generator and the aggregator: 6 partitions, the aggregate topic compacted
// (the newest value per window key is the truth, older ones may go).
import type { Admin } from 'kafkajs';
import { jobKafkaFor } from '../kafka/client';

export const PAYMENT_TOPIC_PARTITIONS = 6;

async function ensureTopic(admin: Admin, topic: string, configEntries: { name: string; value: string }[]) {
  const existing = await admin.listTopics();
  if (existing.includes(topic)) return false;
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: PAYMENT_TOPIC_PARTITIONS, configEntries }], waitForLeaders: true });
  } catch (err) {
    // Two instances starting together may both try; the topic existing is what we wanted.
    if ((err as { type?: string }).type !== 'TOPIC_ALREADY_EXISTS') throw err;
  }
  return true;
}

export async function ensurePaymentTopics(clusterName: string, topics: { raw?: string; aggregate?: string }) {
  const admin = jobKafkaFor(clusterName, 'fluxo-payments-topics').admin();
  await admin.connect();
  try {
    const created: string[] = [];
    if (topics.raw && (await ensureTopic(admin, topics.raw, []))) created.push(topics.raw);
    if (topics.aggregate && (await ensureTopic(admin, topics.aggregate, [{ name: 'cleanup.policy', value: 'compact' }]))) {
      created.push(topics.aggregate);
    }
    return created;
  } finally {
    await admin.disconnect();
  }
}
