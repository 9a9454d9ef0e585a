import 'server-only';
// Creating the payment topics for the generator and the aggregator: 6 partitions, the aggregate topic compacted
// (the newest value per window key is the truth, older ones may go).
import { type Admin, Kafka, type KafkaConfig, logLevel } from 'kafkajs';

export const PAYMENT_TOPIC_PARTITIONS = 6;

/** A kafkajs client for the payment scripts, which are given brokers on the command line (no config file). */
export function paymentsKafka(brokers: string[], clientId: string): Kafka {
  const config: KafkaConfig = {
    clientId,
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 5_000 },
  };
  return new Kafka(config);
}

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

export async function ensurePaymentTopics(kafka: Kafka, topics: { raw?: string; aggregate?: string }) {
  const admin = kafka.admin();
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
