// Kafka's own console consumers as group members (KIP-848, classic and share), started as child processes the
// test stops by pid, and parsers for what kafka-consumer-groups / kafka-share-groups print about members and state.
import type { ChildProcess } from 'node:child_process';
import { spawnTool } from '../../scripts/kafka/local-kafka.mjs';
import { kafkaTool } from './env';

const started: ChildProcess[] = [];

/** kafka-console-consumer in a group; protocol 'consumer' is KIP-848, 'classic' the rebalance protocol. */
export function startConsoleConsumer(bootstrap: string, topic: string, groupId: string, protocol: 'consumer' | 'classic'): ChildProcess {
  const child = spawnTool('kafka-console-consumer', [
    '--bootstrap-server', bootstrap, '--topic', topic, '--group', groupId, '--from-beginning',
    '--consumer-property', `group.protocol=${protocol}`, '--consumer-property', 'auto.commit.interval.ms=500',
  ]);
  return track(child);
}

export function startConsoleShareConsumer(bootstrap: string, topic: string, groupId: string): ChildProcess {
  return track(spawnTool('kafka-console-share-consumer', ['--bootstrap-server', bootstrap, '--topic', topic, '--group', groupId]));
}

function track(child: ChildProcess): ChildProcess {
  // Drain the pipes so a chatty consumer never blocks on a full buffer.
  child.stdout?.resume();
  child.stderr?.resume();
  started.push(child);
  return child;
}

/** SIGTERM runs the consumer's shutdown hook: it commits and leaves the group. Resolves once it exited. */
export function stopConsumer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(child.pid!, 'SIGTERM');
  });
}

export async function stopAllConsumers(): Promise<void> {
  await Promise.all(started.map(stopConsumer));
}

function rowsAfterHeader(out: string, groupId: string): { header: string[]; rows: string[][] } {
  const lines = out.split('\n').map((l) => l.trim()).filter(Boolean);
  const headerLine = lines.find((l) => l.startsWith('GROUP'));
  const header = headerLine ? headerLine.split(/\s+/) : [];
  const rows = lines.filter((l) => l.split(/\s+/)[0] === groupId).map((l) => l.split(/\s+/));
  return { header, rows };
}

export interface CliMember {
  memberId: string;
  clientId: string;
  currentEpoch: number | null;
  assignment: string;
  targetEpoch: number | null;
  targetAssignment: string;
}

/** `kafka-consumer-groups --describe --members --verbose`; assignments as printed, e.g. "t:0,1,2" or "-". */
export function describeMembersCli(bootstrap: string, groupId: string): CliMember[] {
  const { header, rows } = rowsAfterHeader(kafkaTool('kafka-consumer-groups', ['--bootstrap-server', bootstrap, '--describe', '--group', groupId, '--members', '--verbose']), groupId);
  const col = (row: string[], name: string) => row[header.indexOf(name)] ?? '';
  const epoch = (s: string) => (s === '-' ? null : Number(s));
  return rows
    .map((r) => ({
      memberId: col(r, 'CONSUMER-ID'),
      clientId: col(r, 'CLIENT-ID'),
      currentEpoch: epoch(col(r, 'CURRENT-EPOCH')),
      assignment: col(r, 'CURRENT-ASSIGNMENT'),
      targetEpoch: epoch(col(r, 'TARGET-EPOCH')),
      targetAssignment: col(r, 'TARGET-ASSIGNMENT'),
    }))
    .sort((a, b) => a.memberId.localeCompare(b.memberId));
}

/** `kafka-consumer-groups --describe --state --verbose`: ASSIGNMENT-STRATEGY, STATE, GROUP-EPOCH, #MEMBERS. */
export function describeStateCli(bootstrap: string, groupId: string): Record<string, string> {
  const { header, rows } = rowsAfterHeader(kafkaTool('kafka-consumer-groups', ['--bootstrap-server', bootstrap, '--describe', '--group', groupId, '--state', '--verbose']), groupId);
  const row = rows[0] ?? [];
  // "COORDINATOR (ID)" is two header words and its value "host:port  (1)" two columns: they line up.
  return Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
}

/** `kafka-consumer-groups --list --type`: group → Classic | Consumer. */
export function listTypesCli(bootstrap: string): Map<string, string> {
  const out = kafkaTool('kafka-consumer-groups', ['--bootstrap-server', bootstrap, '--list', '--type']);
  const types = new Map<string, string>();
  for (const line of out.split('\n').slice(1)) {
    const [group, type] = line.trim().split(/\s+/);
    if (group && type) types.set(group, type);
  }
  return types;
}

/** `kafka-share-groups --describe`: per partition START-OFFSET and LAG ("-" → null). */
export function describeShareGroupCli(bootstrap: string, groupId: string) {
  const { rows } = rowsAfterHeader(kafkaTool('kafka-share-groups', ['--bootstrap-server', bootstrap, '--describe', '--group', groupId]), groupId);
  const num = (s: string | undefined) => (s === undefined || s === '-' ? null : Number(s));
  return rows.map((r) => ({ topic: r[1]!, partition: Number(r[2]), startOffset: num(r[3]), lag: num(r[4]) })).sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

/** `kafka-share-groups --describe --members --verbose`: CONSUMER-ID, MEMBER-EPOCH, ASSIGNMENT. */
export function describeShareMembersCli(bootstrap: string, groupId: string) {
  const { header, rows } = rowsAfterHeader(kafkaTool('kafka-share-groups', ['--bootstrap-server', bootstrap, '--describe', '--group', groupId, '--members', '--verbose']), groupId);
  const col = (row: string[], name: string) => row[header.indexOf(name)] ?? '';
  return rows.map((r) => ({ memberId: col(r, 'CONSUMER-ID'), memberEpoch: Number(col(r, 'MEMBER-EPOCH')), assignment: col(r, 'ASSIGNMENT') }));
}

/** An API assignment printed the way the CLI prints one: "t:0,1,2", topics joined by ",", "-" for none. */
export function cliAssignment(assignment: { topic: string; partitions: number[] }[] | null): string {
  if (!assignment || assignment.length === 0) return '-';
  return assignment.map((a) => `${a.topic}:${a.partitions.join(',')}`).join(',');
}
