import { describe, expect, it } from 'vitest';
import { produce } from '../helpers/kafka-clients';
import { api, eventually, kafkaTool, testEnv, uniqueName } from './env';
import { parseConfigsDescribe, parseLogDirs } from './kafka-cli-ops';

const three = testEnv.triple.bootstrap;
/** Each CLI oracle starts a JVM: seconds apiece on a busy machine. */
const CLI_TEST_MS = 180_000;
const configsTool = (args: string[]) => parseConfigsDescribe(kafkaTool('kafka-configs', ['--bootstrap-server', three, ...args, '--describe']));

interface TopicSizes {
  sizeBytes: number;
  partitions: { partition: number; sizeBytes: number; replicas: { brokerId: number; logDir: string; sizeBytes: number }[] }[];
}

describe('sizes on disk against kafka-log-dirs', () => {
  it('equal kafka-log-dirs --describe per partition and broker, for the topic and the cluster', async () => {
    const topic = uniqueName('sized');
    kafkaTool('kafka-topics', ['--bootstrap-server', three, '--create', '--topic', topic, '--partitions', '3', '--replication-factor', '2']);
    await produce(three, topic, 3, 200);
    const cli = () => {
      const rows = parseLogDirs(kafkaTool('kafka-log-dirs', ['--bootstrap-server', three, '--describe', '--topic-list', topic]));
      return rows.filter((r) => r.partition.startsWith(`${topic}-`)).map((r) => ({ broker: r.broker, partition: Number(r.partition.slice(topic.length + 1)), size: r.size }));
    };
    const mine = (s: TopicSizes) => s.partitions.flatMap((p) => p.replicas.map((r) => ({ broker: r.brokerId, partition: p.partition, size: r.sizeBytes })));
    const order = (rows: { broker: number; partition: number; size: number }[]) => [...rows].sort((a, b) => a.partition - b.partition || a.broker - b.broker);

    // Followers copy the records shortly after they are written: once every replica of a partition has the
    // same size nothing moves any more, and one run of the (slow to start) CLI is compared with Fluxo's answer.
    const topicSizes = async () => (await api<TopicSizes>(`/api/clusters/three/topics/${topic}/sizes`)).body;
    await eventually(async () => {
      const s = await topicSizes();
      const settled = s.partitions?.every((p) => p.replicas.length === 2 && p.replicas.every((r) => r.sizeBytes > 0 && r.sizeBytes === p.replicas[0]!.sizeBytes));
      return settled ? true : undefined;
    });
    const expected = order(cli());
    const sizes = await topicSizes();
    expect(expected).toHaveLength(6);
    expect(order(mine(sizes))).toEqual(expected);
    expect(sizes.partitions).toHaveLength(3);
    expect(sizes.sizeBytes).toBe(expected.reduce((n, r) => n + r.size, 0));

    const cluster = await api(`/api/clusters/three/sizes`);
    expect(cluster.status).toBe(200);
    expect(cluster.body.complete).toBe(true);
    expect(cluster.body.topics.find((t: { topic: string }) => t.topic === topic)?.sizeBytes).toBe(sizes.sizeBytes);

    // The topic list carries the same size and sorts by it on the server: largest first, each row no larger than the one before.
    const listed = await api(`/api/clusters/three/topics?search=${topic}&sort=sizeBytes&order=desc`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ name: topic, sizeBytes: sizes.sizeBytes })]);
    const bySize = await api('/api/clusters/three/topics?sort=sizeBytes&order=desc&pageSize=500');
    const known = bySize.body.items.map((t: { sizeBytes: number | null }) => t.sizeBytes).filter((n: number | null) => n !== null);
    expect(known.length).toBeGreaterThan(0);
    expect(known).toEqual([...known].sort((a: number, b: number) => b - a));
    expect(cluster.body.brokers.map((b: { brokerId: number }) => b.brokerId)).toEqual([1, 2, 3]);
    for (const b of cluster.body.brokers) {
      expect(b.logDirs).toHaveLength(1);
      expect(b.logDirs[0].totalBytes).toBeGreaterThan(0);
      expect(b.logDirs[0].usableBytes).toBeGreaterThan(0);
      expect(b.logDirs[0].usableBytes).toBeLessThanOrEqual(b.logDirs[0].totalBytes);
    }
  }, CLI_TEST_MS);

  it('answers 404 for the sizes of a topic that does not exist', async () => {
    expect((await api('/api/clusters/three/topics/no-such-topic-x1/sizes')).status).toBe(404);
  });
});

describe('configs with IncrementalAlterConfigs against kafka-configs', () => {
  it("reads Kafka's documentation, type and a human value", async () => {
    const topic = uniqueName('documented');
    kafkaTool('kafka-topics', ['--bootstrap-server', three, '--create', '--topic', topic, '--config', 'retention.ms=604800000']);
    const { status, body } = await api(`/api/clusters/three/topics/${topic}/configs`);
    expect(status).toBe(200);
    const retention = body.find((c: { name: string }) => c.name === 'retention.ms');
    expect(retention).toMatchObject({ value: '604800000', display: '7 d', type: 'long', source: 'dynamic-topic' });
    expect(retention.documentation).toMatch(/delete/i);
    expect(body.find((c: { name: string }) => c.name === 'segment.bytes')).toMatchObject({ source: 'default', display: '1 GiB' });
  }, CLI_TEST_MS);

  it('keeps both of two concurrent edits of different keys', async () => {
    const topic = uniqueName('concurrent');
    kafkaTool('kafka-topics', ['--bootstrap-server', three, '--create', '--topic', topic, '--config', 'cleanup.policy=compact']);
    const patch = (set: Record<string, string>) => api(`/api/clusters/three/topics/${topic}/configs`, { method: 'PATCH', json: { set } });
    const answers = await Promise.all([patch({ 'retention.ms': '3600000' }), patch({ 'max.message.bytes': '65536' }), patch({ 'segment.ms': '7200000' })]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(configsTool(['--entity-type', 'topics', '--entity-name', topic])).toEqual({
      'cleanup.policy': 'compact',
      'retention.ms': '3600000',
      'max.message.bytes': '65536',
      'segment.ms': '7200000',
    });
  }, CLI_TEST_MS);

  it("refuses a bad value in Kafka's words and changes nothing", async () => {
    const topic = uniqueName('refused');
    kafkaTool('kafka-topics', ['--bootstrap-server', three, '--create', '--topic', topic, '--config', 'retention.ms=1000']);
    const bad = await api(`/api/clusters/three/topics/${topic}/configs`, { method: 'PATCH', json: { set: { 'retention.ms': 'soon', 'segment.ms': '7200000' } } });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringMatching(/^Kafka refused: .*retention\.ms/) } } });
    expect(configsTool(['--entity-type', 'topics', '--entity-name', topic])).toEqual({ 'retention.ms': '1000' });
  }, CLI_TEST_MS);

  it("changes one broker's dynamic config and the cluster-wide default, as kafka-configs --entity-type brokers shows", async () => {
    const one = await api('/api/clusters/three/brokers/2/configs', { method: 'PATCH', json: { set: { 'leader.replication.throttled.rate': '1048576' } } });
    expect(one.status).toBe(200);
    expect(one.body.find((c: { name: string }) => c.name === 'leader.replication.throttled.rate')).toMatchObject({ value: '1048576', source: 'dynamic-broker', display: '1 MiB/s' });
    expect(configsTool(['--entity-type', 'brokers', '--entity-name', '2'])).toMatchObject({ 'leader.replication.throttled.rate': '1048576' });

    const all = await api('/api/clusters/three/brokers/default/configs', { method: 'PATCH', json: { set: { 'log.cleaner.backoff.ms': '20000' } } });
    expect(all.status).toBe(200);
    expect(configsTool(['--entity-type', 'brokers', '--entity-default'])).toMatchObject({ 'log.cleaner.backoff.ms': '20000' });
    const inherited = await eventually(async () => {
      const { body } = await api('/api/clusters/three/brokers/1/configs');
      const entry = body.find((c: { name: string }) => c.name === 'log.cleaner.backoff.ms');
      return entry?.source === 'dynamic-default-broker' ? entry : undefined;
    });
    expect(inherited).toMatchObject({ value: '20000', display: '20 s' });

    await api('/api/clusters/three/brokers/2/configs', { method: 'PATCH', json: { delete: ['leader.replication.throttled.rate'] } });
    await api('/api/clusters/three/brokers/default/configs', { method: 'PATCH', json: { delete: ['log.cleaner.backoff.ms'] } });
    expect(configsTool(['--entity-type', 'brokers', '--entity-name', '2'])).not.toHaveProperty('leader.replication.throttled.rate');
    expect(configsTool(['--entity-type', 'brokers', '--entity-default'])).not.toHaveProperty('log.cleaner.backoff.ms');
  }, CLI_TEST_MS * 2);

  it('refuses broker config changes on a read-only cluster and for a broker that does not exist', async () => {
    const readOnly = await api('/api/clusters/readonly/brokers/1/configs', { method: 'PATCH', json: { set: { 'log.cleaner.backoff.ms': '1' } } });
    expect(readOnly).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await api('/api/clusters/three/brokers/99/configs')).status).toBe(404);
    expect((await api('/api/clusters/three/brokers/x/configs')).status).toBe(400);
  });
});
