import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, eventually, kafkaTool, testEnv, uniqueName } from './env';
import { parseTopicsDescribe } from './kafka-cli';
import { parseConfigsDescribe } from './kafka-cli-ops';

const three = testEnv.triple.bootstrap;
/** Each CLI oracle starts a JVM: seconds apiece on a busy machine. */
const CLI_TEST_MS = 300_000;
const THROTTLE_KEYS = /replication\.throttled\.(rate|replicas)/;

interface Partitions {
  topic: string;
  partition: number;
  replicas: number[];
}

function kcat(args: string[], input?: string): string {
  const res = spawnSync('kcat', ['-b', three, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`kcat ${args.join(' ')} failed: ${res.stderr}`);
  return res.stdout;
}

const describeTopic = (topic: string) => parseTopicsDescribe(kafkaTool('kafka-topics', ['--bootstrap-server', three, '--describe', '--topic', topic])).partitions;
const configs = (entity: 'topics' | 'brokers', name: string) =>
  parseConfigsDescribe(kafkaTool('kafka-configs', ['--bootstrap-server', three, '--entity-type', entity, '--entity-name', name, '--describe']));
const throttleKeys = (c: Record<string, string>) => Object.keys(c).filter((k) => THROTTLE_KEYS.test(k));

/** The same plan as kafka-reassign-partitions reads it, so its --verify is the oracle. */
function planFile(partitions: Partitions[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'fluxo-reassign-')), 'plan.json');
  writeFileSync(file, JSON.stringify({ version: 1, partitions }));
  return file;
}

describe('partition reassignment against kafka-reassign-partitions, kafka-topics and kafka-configs', () => {
  it.skipIf(!testEnv.haveKcat)('drains a broker under a throttle, then removes the throttle, with every record intact', async () => {
    const topic = uniqueName('drain');
    kafkaTool('kafka-topics', ['--bootstrap-server', three, '--create', '--topic', topic, '--replica-assignment', '1:2,2:1,1:2']);
    const records = Array.from({ length: 300 }, (_, i) => `record-${i}`);
    kcat(['-P', '-t', topic], `${records.join('\n')}\n`);

    const proposal = await api('/api/clusters/three/reassignments/plan', { method: 'POST', json: { kind: 'drain', brokerId: 1, topics: [topic] } });
    expect(proposal.status).toBe(200);
    expect(proposal.body.moves).toHaveLength(3);
    for (const m of proposal.body.moves) expect(m).toMatchObject({ addingBrokers: [3], removingBrokers: [1] });
    const plan: Partitions[] = proposal.body.partitions;
    expect(plan.every((p) => !p.replicas.includes(1) && p.replicas.includes(3))).toBe(true);

    const dry = await api('/api/clusters/three/reassignments', { method: 'POST', json: { partitions: plan, throttleBytesPerSecond: 10_485_760, dryRun: true } });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, results: [], throttledBrokers: [1, 2, 3] });
    expect(describeTopic(topic).map((p) => p.replicas)).toEqual([[1, 2], [2, 1], [1, 2]]);

    const started = await api('/api/clusters/three/reassignments', { method: 'POST', json: { partitions: plan, throttleBytesPerSecond: 10_485_760, confirm: true } });
    expect(started.status).toBe(200);
    expect(started.body.results.map((r: { error: string | null }) => r.error)).toEqual([null, null, null]);
    expect(configs('brokers', '3')).toMatchObject({ 'follower.replication.throttled.rate': '10485760', 'leader.replication.throttled.rate': '10485760' });
    expect(throttleKeys(configs('topics', topic)).sort()).toEqual(['follower.replication.throttled.replicas', 'leader.replication.throttled.replicas']);

    const file = planFile(plan);
    await eventually(async () => {
      const out = kafkaTool('kafka-reassign-partitions', ['--bootstrap-server', three, '--reassignment-json-file', file, '--verify', '--preserve-throttles']);
      return (out.match(/is completed/g) ?? []).length === 3 ? true : undefined;
    }, { timeoutMs: 120_000, intervalMs: 1_000 });
    expect(describeTopic(topic).map((p) => p.replicas)).toEqual(plan.map((p) => p.replicas));

    const done = await eventually(async () => {
      const { body } = await api('/api/clusters/three/reassignments/complete', { method: 'POST', json: { partitions: plan } });
      return body.throttleRemoved ? body : undefined;
    }, { timeoutMs: 60_000, intervalMs: 1_000 });
    expect(done.partitions.map((p: { state: string }) => p.state)).toEqual(['done', 'done', 'done']);
    expect(throttleKeys(configs('topics', topic))).toEqual([]);
    for (const broker of ['1', '2', '3']) expect(throttleKeys(configs('brokers', broker))).toEqual([]);

    const read = kcat(['-C', '-t', topic, '-o', 'beginning', '-e', '-q']).trim().split('\n').sort();
    expect(read).toEqual([...records].sort());
  }, CLI_TEST_MS);

  it.skipIf(!testEnv.haveKcat)('cancels a throttled move still under way: the replicas go back and the throttle is removed', async () => {
    const topic = uniqueName('cancel');
    kafkaTool('kafka-topics', ['--bootstrap-server', three, '--create', '--topic', topic, '--replica-assignment', '1:2']);
    // 4 MB at 1 kB/s: the copy to broker 3 cannot finish while the test looks at it.
    const value = 'x'.repeat(1_000);
    kcat(['-P', '-t', topic], `${Array.from({ length: 4_000 }, () => value).join('\n')}\n`);
    const plan = [{ topic, partition: 0, replicas: [3, 2] }];

    const started = await api('/api/clusters/three/reassignments', { method: 'POST', json: { partitions: plan, throttleBytesPerSecond: 1_000, confirm: true } });
    expect(started.status).toBe(200);
    const moving = await eventually(async () => {
      const { body } = await api('/api/clusters/three/reassignments');
      return body.partitions.find((p: { topic: string }) => p.topic === topic);
    });
    expect(moving).toMatchObject({ state: 'in-progress', addingReplicas: [3], removingReplicas: [1], targetReplicas: [3, 2] });

    const refused = await api('/api/clusters/three/reassignments', { method: 'DELETE', json: { partitions: [{ topic, partition: 0 }] } });
    expect(refused.status).toBe(400);
    const cancelled = await api('/api/clusters/three/reassignments', { method: 'DELETE', json: { partitions: [{ topic, partition: 0 }], confirm: true } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.results).toEqual([{ topic, partition: 0, error: null }]);

    // Kafka reverts to the replicas that were not being added, in the order they had during the move.
    const sorted = (ids: number[] | undefined) => [...(ids ?? [])].sort((a, b) => a - b);
    await eventually(async () => (sorted(describeTopic(topic)[0]?.replicas).join(',') === '1,2' ? true : undefined), { timeoutMs: 60_000, intervalMs: 1_000 });
    const done = await eventually(async () => {
      const { body } = await api('/api/clusters/three/reassignments/complete', { method: 'POST', json: { partitions: plan } });
      return body.throttleRemoved ? body : undefined;
    }, { timeoutMs: 60_000, intervalMs: 1_000 });
    expect(done.partitions[0].state).toBe('not-applied');
    expect(sorted(done.partitions[0].replicas)).toEqual([1, 2]);
    expect(throttleKeys(configs('topics', topic))).toEqual([]);
    for (const broker of ['1', '2', '3']) expect(throttleKeys(configs('brokers', broker))).toEqual([]);
    expect(kcat(['-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%s\n']).trim().split('\n')).toHaveLength(4_000);
  }, CLI_TEST_MS);

  it('proposes a balanced plan that brings the third broker in, and a dry run of it moves nothing', async () => {
    const topic = uniqueName('balance');
    kafkaTool('kafka-topics', ['--bootstrap-server', three, '--create', '--topic', topic, '--replica-assignment', '1:2,1:2,1:2,2:1,2:1,2:1']);
    const proposal = await api('/api/clusters/three/reassignments/plan', { method: 'POST', json: { kind: 'balance', topics: [topic] } });
    expect(proposal.status).toBe(200);
    const before = describeTopic(topic);
    const after = before.map((p) => proposal.body.partitions.find((x: Partitions) => x.partition === p.partition)?.replicas ?? p.replicas);
    const perBroker = (lists: number[][], leadersOnly: boolean) => [1, 2, 3].map((b) => lists.filter((r) => (leadersOnly ? r[0] === b : r.includes(b))).length);
    expect(perBroker(after, false)).toEqual([4, 4, 4]);
    expect(perBroker(after, true)).toEqual([2, 2, 2]);
    expect(proposal.body.moves.every((m: { addingBrokers: number[] }) => m.addingBrokers.every((b) => b === 3))).toBe(true);

    const dry = await api('/api/clusters/three/reassignments', { method: 'POST', json: { partitions: proposal.body.partitions, throttleBytesPerSecond: null, dryRun: true } });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, results: [], warnings: [] });
    expect(describeTopic(topic).map((p) => p.replicas)).toEqual(before.map((p) => p.replicas));
  }, CLI_TEST_MS);

  it('refuses bad plans with 400, protected topics with 403 and a read-only cluster with 403', async () => {
    const topic = uniqueName('badplan');
    kafkaTool('kafka-topics', ['--bootstrap-server', three, '--create', '--topic', topic, '--replica-assignment', '1:2']);
    const execute = (partitions: unknown, extra: object = { confirm: true }) =>
      api('/api/clusters/three/reassignments', { method: 'POST', json: { partitions, throttleBytesPerSecond: null, ...extra } });

    const cases: [unknown, RegExp][] = [
      [[{ topic, partition: 0, replicas: [1, 9] }], /broker 9 is not a live broker/],
      [[{ topic, partition: 0, replicas: [2, 2] }], /lists broker 2 twice/],
      [[{ topic, partition: 99, replicas: [1, 2] }], /has no partition 99/],
      [[{ topic: uniqueName('missing'), partition: 0, replicas: [1, 2] }], /does not exist/],
    ];
    for (const [partitions, message] of cases) {
      const res = await execute(partitions);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(message) });
    }
    expect((await execute([{ topic, partition: 0, replicas: [2, 3] }], {})).status).toBe(400);
    expect((await api('/api/clusters/three/reassignments/plan', { method: 'POST', json: { kind: 'drain' } })).status).toBe(400);

    const widened = await execute([{ topic, partition: 0, replicas: [1, 2, 3] }], { dryRun: true });
    expect(widened.status).toBe(200);
    expect(widened.body.warnings).toEqual([expect.stringMatching(/replication factor from 2 to 3/)]);

    const protectedTopic = `__${uniqueName('protected')}`;
    kafkaTool('kafka-topics', ['--bootstrap-server', three, '--create', '--topic', protectedTopic, '--replica-assignment', '1:2']);
    const internal = await api('/api/clusters/three/reassignments/plan', { method: 'POST', json: { kind: 'balance', topics: [protectedTopic] } });
    expect(internal).toMatchObject({ status: 403, body: { error: { message: expect.stringMatching(/cannot be reassigned/) } } });
    const readOnly = await api('/api/clusters/readonly/reassignments', {
      method: 'POST',
      json: { partitions: [{ topic, partition: 0, replicas: [1] }], throttleBytesPerSecond: null, confirm: true },
    });
    expect(readOnly).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(describeTopic(topic)[0]!.replicas).toEqual([1, 2]);
  }, CLI_TEST_MS);
});
