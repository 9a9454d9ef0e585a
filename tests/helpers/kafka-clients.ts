// Real Kafka clients for tests (integration and Playwright): topics, producers and consumer groups that
// commit, with kafkajs. No imports of the .mjs scripts, so Playwright's loader can use this file too.
import { type Consumer, Kafka, logLevel } from 'kafkajs';

export function kafkaClient(bootstrap: string) {
  return new Kafka({ clientId: 'fluxo-tests', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING });
}

async function withAdmin<T>(bootstrap: string, fn: (admin: ReturnType<Kafka['admin']>) => Promise<T>): Promise<T> {
  const admin = kafkaClient(bootstrap).admin();
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.disconnect();
  }
}

export function createTopicWithKafkajs(bootstrap: string, topic: string, partitions: number) {
  return withAdmin(bootstrap, (admin) => admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }] }));
}

/** n messages per partition, with the given timestamp (ms) when set. */
export async function produce(bootstrap: string, topic: string, partitions: number, perPartition: number, timestampMs?: number) {
  // Idempotent: a retry after a timeout on a loaded machine must not write the messages twice.
  const producer = kafkaClient(bootstrap).producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const messages = [];
    for (let p = 0; p < partitions; p++) {
      for (let i = 0; i < perPartition; i++) messages.push({ partition: p, value: `m-${p}-${i}`, timestamp: timestampMs === undefined ? undefined : String(timestampMs) });
    }
    await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}

/** A kafkajs consumer in group `groupId` that reads until it has seen `count` messages (committing each), and unless kept, leaves. */
export async function consumeWithKafkajs(bootstrap: string, groupId: string, topic: string, count: number, { keep = false, timeoutMs = 60_000 } = {}): Promise<Consumer> {
  const consumer = kafkaClient(bootstrap).consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  let seen = 0;
  await consumer.run({ autoCommitThreshold: 1, eachMessage: async () => void seen++ });
  const deadline = Date.now() + timeoutMs;
  while (seen < count) {
    if (Date.now() > deadline) throw new Error(`consumer ${groupId} saw ${seen} of ${count} messages`);
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!keep) await consumer.disconnect();
  return consumer;
}

/** Deletes records before `offset` (a purge): the log start moves, as retention would move it. */
export function purgeBefore(bootstrap: string, topic: string, partition: number, offset: number) {
  return withAdmin(bootstrap, async (admin) => {
    // kafkajs needs the topic's metadata loaded before it can find the partition leaders.
    await admin.fetchTopicMetadata({ topics: [topic] });
    await admin.deleteTopicRecords({ topic, partitions: [{ partition, offset: String(offset) }] });
  });
}

/** A group's committed offsets on a topic, by partition (-1 when none). */
export async function committedOffsets(bootstrap: string, groupId: string, topic: string): Promise<number[]> {
  const [t] = await withAdmin(bootstrap, (admin) => admin.fetchOffsets({ groupId, topics: [topic] }));
  return (t?.partitions ?? []).sort((a, b) => a.partition - b.partition).map((p) => Number(p.offset));
}
