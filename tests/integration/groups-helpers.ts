// Real consumer groups for the integration tests: kafkajs and kcat (librdkafka) consumers that commit,
// and parsers for what `kafka-consumer-groups` prints, the oracle the API is compared with.
import { spawnSync } from 'node:child_process';
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import { eventually, kafkaTool } from './env';

export function kafkaClient(bootstrap: string) {
  return new Kafka({ clientId: 'fluxo-tests', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING });
}

export function createTopic(bootstrap: string, topic: string, partitions: number) {
  kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', topic, '--partitions', String(partitions)]);
}

/** n messages per partition, with the given timestamp (ms) when set. */
export async function produce(bootstrap: string, topic: string, partitions: number, perPartition: number, timestampMs?: number) {
  const producer = kafkaClient(bootstrap).producer({ allowAutoTopicCreation: false });
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
export async function consumeWithKafkajs(bootstrap: string, groupId: string, topic: string, count: number, { keep = false } = {}): Promise<Consumer> {
  const consumer = kafkaClient(bootstrap).consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  let seen = 0;
  await consumer.run({ autoCommitThreshold: 1, eachMessage: async () => void seen++ });
  await eventually(async () => (seen >= count ? true : undefined));
  if (!keep) await consumer.disconnect();
  return consumer;
}

/** kcat -G: librdkafka's balanced consumer reads `count` messages and commits on close. */
export function consumeWithKcat(bootstrap: string, groupId: string, topic: string, count: number) {
  const res = spawnSync('kcat', ['-b', bootstrap, '-G', groupId, '-X', 'auto.offset.reset=earliest', '-c', String(count), '-q', topic], { encoding: 'utf8', timeout: 60_000 });
  if (res.status !== 0) throw new Error(`kcat -G failed (${res.status}): ${res.stderr}`);
}

export interface DescribedOffset {
  topic: string;
  partition: number;
  currentOffset: number | null;
  logEndOffset: number | null;
  lag: number | null;
  consumerId: string | null;
}

const num = (s: string) => (s === '-' ? null : Number(s));

/** `kafka-consumer-groups --describe --group G`: rows under the GROUP TOPIC PARTITION ... header. */
export function describeGroupCli(bootstrap: string, groupId: string): DescribedOffset[] {
  const out = kafkaTool('kafka-consumer-groups', ['--bootstrap-server', bootstrap, '--describe', '--group', groupId]);
  const rows: DescribedOffset[] = [];
  for (const line of out.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] !== groupId || cols.length < 9) continue;
    rows.push({ topic: cols[1]!, partition: Number(cols[2]), currentOffset: num(cols[3]!), logEndOffset: num(cols[4]!), lag: num(cols[5]!), consumerId: cols[6] === '-' ? null : cols[6]! });
  }
  return rows.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

/** `kafka-consumer-groups --reset-offsets ... --dry-run`: partition → NEW-OFFSET. */
export function resetDryRunCli(bootstrap: string, groupId: string, topic: string, how: string[]): Map<number, number> {
  const out = kafkaTool('kafka-consumer-groups', ['--bootstrap-server', bootstrap, '--group', groupId, '--topic', topic, '--reset-offsets', ...how, '--dry-run']);
  const result = new Map<number, number>();
  for (const line of out.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === groupId && cols[1] === topic && cols.length >= 4) result.set(Number(cols[2]), Number(cols[3]));
  }
  return result;
}

/** Deletes records before `offset` (a purge): the log start moves, as retention would move it. */
export async function purgeBefore(bootstrap: string, topic: string, partition: number, offset: number) {
  const admin = kafkaClient(bootstrap).admin();
  await admin.connect();
  try {
    // kafkajs needs the topic's metadata loaded before it can find the partition leaders.
    await admin.fetchTopicMetadata({ topics: [topic] });
    await admin.deleteTopicRecords({ topic, partitions: [{ partition, offset: String(offset) }] });
  } finally {
    await admin.disconnect();
  }
}
