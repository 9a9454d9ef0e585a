// Metadata that went stale must not turn successes into 404: a topic just created with many partitions, and
// every change after topics were deleted behind the server's back (by Kafka's CLI).
import { describe, expect, it } from 'vitest';
import { api, kafkaTool, testEnv, uniqueName } from './env';

const topicsPath = (cluster: string) => `/api/clusters/${cluster}/topics`;
const cliDelete = (bootstrap: string, topic: string) => kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--delete', '--topic', topic]);

describe('topics and produce after metadata changed', () => {
  it('answers 201 with every partition when a topic with 150 partitions is created, every time', async () => {
    for (let round = 0; round < 3; round++) {
      const name = uniqueName('wide');
      const created = await api(topicsPath('three'), { method: 'POST', json: { name, partitions: 150, replicationFactor: 3 } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.partitionDetails).toHaveLength(150);
      const cli = kafkaTool('kafka-topics', ['--bootstrap-server', testEnv.triple.bootstrap, '--describe', '--topic', name]);
      expect(cli).toContain('PartitionCount: 150');
      expect((await api(`${topicsPath('three')}/${name}?confirm=${name}`, { method: 'DELETE' })).status).toBe(200);
    }
  }, 180_000);

  it('keeps creating, configuring and purging after topics it had used were deleted through the CLI and the API', async () => {
    const bootstrap = testEnv.single.bootstrap;
    const used = [uniqueName('stale-a'), uniqueName('stale-b')];
    for (const name of used) {
      expect((await api(topicsPath('local'), { method: 'POST', json: { name, partitions: 2, replicationFactor: 1 } })).status).toBe(201);
      expect((await api(`${topicsPath('local')}/${name}/messages`, { method: 'POST', json: { value: 'x' } })).status).toBe(201);
      // Purging makes the server's Admin remember the topic's metadata.
      expect((await api(`${topicsPath('local')}/${name}/purge`, { method: 'POST', json: { all: true } })).status).toBe(200);
    }
    cliDelete(bootstrap, used[0]!);
    expect((await api(`${topicsPath('local')}/${used[1]}?confirm=${used[1]}`, { method: 'DELETE' })).status).toBe(200);

    const next = uniqueName('after-delete');
    const created = await api(topicsPath('local'), { method: 'POST', json: { name: next, partitions: 3, replicationFactor: 1 } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await api(`${topicsPath('local')}/${next}/configs`)).status).toBe(200);
    const altered = await api(`${topicsPath('local')}/${next}/configs`, { method: 'PATCH', json: { set: { 'retention.ms': '7200000' } } });
    expect(altered.status, JSON.stringify(altered.body)).toBe(200);
    expect((await api(`${topicsPath('local')}/${next}/purge`, { method: 'POST', json: { all: true } })).status).toBe(200);
    expect((await api(`${topicsPath('local')}/${next}/partitions`, { method: 'POST', json: { count: 4 } })).status).toBe(200);
    const produced = await api(`${topicsPath('local')}/${next}/messages`, { method: 'POST', json: { value: 'after' } });
    expect(produced.status, JSON.stringify(produced.body)).toBe(201);
    expect((await api(`${topicsPath('local')}/${next}?confirm=${next}`, { method: 'DELETE' })).status).toBe(200);
  }, 120_000);

  it('produces to an existing topic after a topic it produced to was deleted through the CLI', async () => {
    const bootstrap = testEnv.single.bootstrap;
    const [gone, kept] = [uniqueName('produced-gone'), uniqueName('produced-kept')];
    for (const name of [gone, kept]) kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', name, '--partitions', '1', '--replication-factor', '1']);
    expect((await api(`${topicsPath('local')}/${gone}/messages`, { method: 'POST', json: { value: 'one' } })).status).toBe(201);
    cliDelete(bootstrap, gone);
    const produced = await api(`${topicsPath('local')}/${kept}/messages`, { method: 'POST', json: { value: 'two' } });
    expect(produced.status, JSON.stringify(produced.body)).toBe(201);
    cliDelete(bootstrap, kept);
  }, 60_000);
});
