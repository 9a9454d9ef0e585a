import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { api, eventually, kafkaTool, testEnv, uniqueName } from './env';
import { parseTopicsDescribe } from './kafka-cli';
import { countsPerPartition, getOffsets } from './kafka-offsets';

const local = testEnv.single.bootstrap;
const topicsTool = (bootstrap: string, args: string[]) => kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, ...args]);
const describeTopic = (bootstrap: string, topic: string) => parseTopicsDescribe(topicsTool(bootstrap, ['--describe', '--topic', topic]));
const path = (cluster: string, topic?: string, rest = '') => `/api/clusters/${cluster}/topics${topic ? `/${encodeURIComponent(topic)}` : ''}${rest}`;

/** Topic overrides as kafka-configs --describe prints them ("  key=value sensitive=..."). */
function overridesByCli(bootstrap: string, topic: string): Record<string, string> {
  const out = kafkaTool('kafka-configs', ['--bootstrap-server', bootstrap, '--entity-type', 'topics', '--entity-name', topic, '--describe']);
  return Object.fromEntries([...out.matchAll(/^\s+([\w.]+)=(\S*) sensitive=/gm)].map((m) => [m[1]!, m[2]!]));
}

/** Produces `count` keyed messages with kcat (an independent client), spread over partitions by key. */
function produceWithKcat(bootstrap: string, topic: string, count: number) {
  const input = Array.from({ length: count }, (_, i) => `key-${i}:value-${i}`).join('\n') + '\n';
  const res = spawnSync('kcat', ['-P', '-b', bootstrap, '-t', topic, '-K:'], { input });
  if (res.status !== 0) throw new Error(`kcat failed: ${res.stderr}`);
}

function apiOverrides(configs: { name: string; value: string | null; source: string }[]) {
  return Object.fromEntries(configs.filter((c) => c.source === 'dynamic-topic').map((c) => [c.name, c.value]));
}

describe('topics against Kafka CLI tools', () => {
  it('shows a topic created by kafka-topics with the same partitions, leaders, replicas and overrides', async () => {
    const topic = uniqueName('cli-made');
    topicsTool(local, ['--create', '--topic', topic, '--partitions', '6', '--config', 'retention.ms=123456', '--config', 'cleanup.policy=compact']);
    const cli = describeTopic(local, topic);

    const { status, body } = await api(path('local', topic));
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: topic, partitions: 6, replicationFactor: 1, underReplicatedPartitions: 0, offlinePartitions: 0, messages: 0 });
    expect(body.partitionDetails.map(({ partition, leader, replicas, isr }: any) => ({ topic, partition, leader, replicas, isr }))).toEqual(
      cli.partitions.sort((a, b) => a.partition - b.partition),
    );

    const configs = await api(path('local', topic, '/configs'));
    expect(configs.status).toBe(200);
    expect(apiOverrides(configs.body)).toEqual({ 'retention.ms': '123456', 'cleanup.policy': 'compact' });
    expect(apiOverrides(configs.body)).toEqual(overridesByCli(local, topic));
    expect(configs.body.find((c: { name: string }) => c.name === 'segment.bytes')).toMatchObject({ source: expect.not.stringMatching('dynamic-topic') });

    const list = await api(path('local', undefined, `?search=${topic.toUpperCase()}`));
    expect(list.body).toMatchObject({ total: 1, items: [{ name: topic, partitions: 6, replicationFactor: 1 }] });
  });

  it('creates a topic that kafka-topics --describe reports identically', async () => {
    const topic = uniqueName('api-made');
    const created = await api(path('three'), { method: 'POST', json: { name: topic, partitions: 4, replicationFactor: 2, configs: { 'retention.ms': '3600000' } } });
    expect(created.status).toBe(201);
    const cli = describeTopic(testEnv.triple.bootstrap, topic);
    expect(cli.topics.get(topic)).toMatchObject({ partitionCount: 4 });
    expect(cli.topics.get(topic)?.configs).toContain('retention.ms=3600000');
    const detail = await api(path('three', topic));
    expect(detail.body.partitionDetails.map(({ partition, leader, replicas, isr }: any) => ({ topic, partition, leader, replicas, isr }))).toEqual(
      cli.partitions.sort((a, b) => a.partition - b.partition),
    );
    for (const p of cli.partitions) expect(p.replicas).toHaveLength(2);
  });

  it('counts the messages kcat produced exactly as kafka-get-offsets does', async () => {
    if (!testEnv.haveKcat) throw new Error('kcat is required for this test (apt-get install kcat)');
    const prefix = uniqueName('counted');
    const sizes = [37, 5, 120];
    const names = sizes.map((_, i) => `${prefix}-${i}`);
    for (const [i, name] of names.entries()) {
      topicsTool(local, ['--create', '--topic', name, '--partitions', '3']);
      produceWithKcat(local, name, sizes[i]!);
    }

    for (const name of names) {
      const cli = countsPerPartition(local, name);
      const { body } = await api(path('local', name));
      expect(new Map(body.partitionDetails.map((p: { partition: number; messages: number }) => [p.partition, p.messages]))).toEqual(cli);
      expect(body.messages).toBe([...cli.values()].reduce((a, b) => a + b, 0));
    }
    // The list batches offsets for many topics into one request per broker; sorting by messages needs them all.
    const list = await api(path('local', undefined, `?search=${prefix}&sort=messages&order=desc`));
    expect(list.body.items.map((t: { name: string; messages: number }) => [t.name, t.messages])).toEqual([
      [names[2], 120],
      [names[0], 37],
      [names[1], 5],
    ]);
  });

  it('purges up to an offset, moving the low watermark exactly, and purges everything', async () => {
    const topic = uniqueName('purged');
    topicsTool(local, ['--create', '--topic', topic, '--partitions', '2']);
    produceWithKcat(local, topic, 60);
    const high = getOffsets(local, topic, 'latest');
    const cut = Math.min(7, high.get(0)!);

    const one = await api(path('local', topic, '/purge'), { method: 'POST', json: { partitions: [{ partition: 0, beforeOffset: cut }] } });
    expect(one.status).toBe(200);
    expect(one.body.partitions).toEqual([
      { partition: 0, low: cut, high: high.get(0) },
      { partition: 1, low: 0, high: high.get(1) },
    ]);
    expect(getOffsets(local, topic, 'earliest')).toEqual(new Map([[0, cut], [1, 0]]));

    const beyond = await api(path('local', topic, '/purge'), { method: 'POST', json: { partitions: [{ partition: 1, beforeOffset: high.get(1)! + 1 }] } });
    expect(beyond).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('high watermark') } } });

    const all = await api(path('local', topic, '/purge'), { method: 'POST', json: { all: true } });
    expect(all.status).toBe(200);
    expect(getOffsets(local, topic, 'earliest')).toEqual(high);
    expect((await api(path('local', topic))).body.messages).toBe(0);
  });

  it('changes one override and keeps every other override intact', async () => {
    const topic = uniqueName('configured');
    topicsTool(local, ['--create', '--topic', topic, '--config', 'retention.ms=111111', '--config', 'max.message.bytes=22222', '--config', 'cleanup.policy=compact']);

    const set = await api(path('local', topic, '/configs'), { method: 'PATCH', json: { set: { 'retention.ms': '999999' } } });
    expect(set.status).toBe(200);
    expect(overridesByCli(local, topic)).toEqual({ 'retention.ms': '999999', 'max.message.bytes': '22222', 'cleanup.policy': 'compact' });
    expect(apiOverrides(set.body)).toEqual(overridesByCli(local, topic));

    const removed = await api(path('local', topic, '/configs'), { method: 'PATCH', json: { delete: ['max.message.bytes'], set: { 'segment.ms': '3600000' } } });
    expect(removed.status).toBe(200);
    expect(overridesByCli(local, topic)).toEqual({ 'retention.ms': '999999', 'cleanup.policy': 'compact', 'segment.ms': '3600000' });

    const unknown = await api(path('local', topic, '/configs'), { method: 'PATCH', json: { set: { 'no.such.config': '1' } } });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringMatching(/^Kafka refused: .*no\.such\.config/) } } });
    expect(overridesByCli(local, topic)).toEqual({ 'retention.ms': '999999', 'cleanup.policy': 'compact', 'segment.ms': '3600000' });
  });

  it('adds partitions, then deletes the topic', async () => {
    const topic = uniqueName('grown');
    topicsTool(local, ['--create', '--topic', topic, '--partitions', '2']);
    const fewer = await api(path('local', topic, '/partitions'), { method: 'POST', json: { count: 2 } });
    expect(fewer).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('only add partitions') } } });

    const grown = await api(path('local', topic, '/partitions'), { method: 'POST', json: { count: 5 } });
    expect(grown.status).toBe(200);
    expect(grown.body.partitions).toBe(5);
    expect(describeTopic(local, topic).topics.get(topic)?.partitionCount).toBe(5);

    const deleted = await api(path('local', topic, `?confirm=${encodeURIComponent(topic)}`), { method: 'DELETE' });
    expect(deleted).toMatchObject({ status: 200, body: { deleted: topic } });
    await eventually(async () => (topicsTool(local, ['--list']).split('\n').includes(topic) ? undefined : true));
    expect((await api(path('local', topic))).status).toBe(404);
  });
});

describe('topic input errors and read-only mode', () => {
  it('answers 400 with the reason for bad names, too many replicas and unknown configs, and 409 for an existing topic', async () => {
    const create = (json: object) => api(path('local'), { method: 'POST', json });
    expect(await create({ name: 'has space', partitions: 1, replicationFactor: 1 })).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('may only contain') } } });
    expect(await create({ name: '..', partitions: 1, replicationFactor: 1 })).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('cannot be') } } });
    expect(await create({ name: 'x'.repeat(250), partitions: 1, replicationFactor: 1 })).toMatchObject({ status: 400 });
    expect(await create({ name: uniqueName('rf'), partitions: 1, replicationFactor: 3 })).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('1 broker') } } });
    const badConfig = await create({ name: uniqueName('cfg'), partitions: 1, replicationFactor: 1, configs: { 'retention.ms': '1000', 'no.such.config': 'x' } });
    // Kafka's own words (the broker's error message), not only the error code's generic text.
    expect(badConfig).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringMatching(/^Kafka refused: .*no\.such\.config/) } } });
    const badValue = await create({ name: uniqueName('cfg'), partitions: 1, replicationFactor: 1, configs: { 'retention.ms': 'soon' } });
    expect(badValue).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/^Kafka refused: .*soon.*retention\.ms/) } } });

    const name = uniqueName('dup');
    expect((await create({ name, partitions: 1, replicationFactor: 1 })).status).toBe(201);
    expect(await create({ name, partitions: 1, replicationFactor: 1 })).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    const colliding = await create({ name: name.replace('-', '.') + '_x', partitions: 1, replicationFactor: 1 });
    expect(colliding.status).toBe(201);
    const collision = await create({ name: name.replace('-', '_') + '.x', partitions: 1, replicationFactor: 1 });
    expect(collision).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('collides') } } });
  });

  it('refuses every mutation on a read-only cluster with 403 and changes nothing', async () => {
    const topic = uniqueName('guarded');
    topicsTool(local, ['--create', '--topic', topic, '--partitions', '2', '--config', 'retention.ms=5000']);
    const calls: [string, RequestInit & { json?: unknown }][] = [
      [path('readonly'), { method: 'POST', json: { name: uniqueName('ro'), partitions: 1, replicationFactor: 1 } }],
      [path('readonly', topic, '/configs'), { method: 'PATCH', json: { set: { 'retention.ms': '1' } } }],
      [path('readonly', topic, '/partitions'), { method: 'POST', json: { count: 4 } }],
      [path('readonly', topic, '/purge'), { method: 'POST', json: { all: true } }],
      [path('readonly', topic, `?confirm=${topic}`), { method: 'DELETE' }],
    ];
    for (const [url, init] of calls) {
      expect(await api(url, init), `${init.method} ${url}`).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    }
    expect(describeTopic(local, topic).topics.get(topic)?.partitionCount).toBe(2);
    expect(overridesByCli(local, topic)).toEqual({ 'retention.ms': '5000' });
    expect((await api(path('readonly', topic))).status).toBe(200);
  });
});
