import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, eventually, kafkaTool, testEnv, uniqueName } from './env';
import { parseTopicsDescribe } from './kafka-cli';

const three = testEnv.triple.bootstrap;
/** Each CLI oracle starts a JVM: seconds apiece on a busy machine. */
const CLI_TEST_MS = 300_000;

function kcat(args: string[], input?: string): string {
  const res = spawnSync('kcat', ['-b', three, ...args], { input, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`kcat ${args.join(' ')} failed: ${res.stderr}`);
  return res.stdout;
}

describe('preferred leader election against kafka-topics and kafka-reassign-partitions', () => {
  it.skipIf(!testEnv.haveKcat)('moves leadership back to the preferred replicas, with every record intact', async () => {
    const topic = uniqueName('leaders');
    kafkaTool('kafka-topics', ['--bootstrap-server', three, '--create', '--topic', topic, '--replica-assignment', '1:2,1:2,1:2']);
    const records = Array.from({ length: 30 }, (_, i) => `record-${i}`);
    kcat(['-P', '-t', topic], `${records.join('\n')}\n`);

    // Reordering the replicas makes broker 2 the preferred leader while broker 1 keeps leading: imbalance.
    const dir = mkdtempSync(path.join(tmpdir(), 'fluxo-reassign-'));
    const plan = path.join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify({ version: 1, partitions: [0, 1, 2].map((partition) => ({ topic, partition, replicas: [2, 1] })) }));
    kafkaTool('kafka-reassign-partitions', ['--bootstrap-server', three, '--reassignment-json-file', plan, '--execute']);
    await eventually(async () => {
      const out = kafkaTool('kafka-reassign-partitions', ['--bootstrap-server', three, '--reassignment-json-file', plan, '--verify']);
      return (out.match(/is completed/g) ?? []).length === 3 ? true : undefined;
    }, { timeoutMs: 120_000, intervalMs: 1_000 });
    const before = parseTopicsDescribe(kafkaTool('kafka-topics', ['--bootstrap-server', three, '--describe', '--topic', topic])).partitions;
    expect(before.map((p) => [p.leader, p.replicas])).toEqual([0, 1, 2].map(() => [1, [2, 1]]));

    const leadership = await eventually(async () => {
      const { body } = await api('/api/clusters/three/leadership');
      return body.electable >= 3 ? body : undefined;
    });
    expect(leadership.brokers.find((b: { brokerId: number }) => b.brokerId === 2).preferred).toBeGreaterThanOrEqual(3);

    expect((await api('/api/clusters/three/leadership/elect', { method: 'POST', json: {} })).status).toBe(400);
    expect((await api('/api/clusters/readonly/leadership/elect', { method: 'POST', json: { confirm: true } })).status).toBe(403);
    const elected = await api('/api/clusters/three/leadership/elect', { method: 'POST', json: { confirm: true } });
    expect(elected.status).toBe(200);
    expect(elected.body.failed).toEqual([]);
    expect(elected.body.elected).toBe(elected.body.requested);

    const after = await eventually(async () => {
      const parts = parseTopicsDescribe(kafkaTool('kafka-topics', ['--bootstrap-server', three, '--describe', '--topic', topic])).partitions;
      return parts.every((p) => p.leader === 2) ? parts : undefined;
    }, { timeoutMs: 60_000, intervalMs: 1_000 });
    expect(after.map((p) => p.leader)).toEqual([2, 2, 2]);
    const read = kcat(['-C', '-t', topic, '-o', 'beginning', '-e', '-q']).trim().split('\n').sort();
    expect(read).toEqual([...records].sort());
  }, CLI_TEST_MS);
});
