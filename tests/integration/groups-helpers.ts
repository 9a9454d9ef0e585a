// kcat (librdkafka) consumer groups for the integration tests, and parsers for what `kafka-consumer-groups` prints, the oracle the API is compared with.
import { spawnSync } from 'node:child_process';
import { kafkaTool } from './env';

export function createTopic(bootstrap: string, topic: string, partitions: number) {
  kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', topic, '--partitions', String(partitions)]);
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

