import { afterAll, describe, expect, it } from 'vitest';
import type { Consumer } from 'kafkajs';
import { api, eventually, kafkaTool, testEnv, uniqueName } from './env';
import { consumeWithKafkajs, produce, purgeBefore } from '../helpers/kafka-clients';
import { consumeWithKcat, createTopic, describeGroupCli, resetDryRunCli } from './groups-helpers';

const bootstrap = testEnv.single.bootstrap;
const groupPath = (group: string, rest = '') => `/api/clusters/local/consumer-groups/${encodeURIComponent(group)}${rest}`;

interface ApiPartition {
  topic: string;
  partition: number;
  committedOffset: number | null;
  logEndOffset: number;
  lag: number;
  lagBasis: string;
  lagSeconds: number | null;
  memberId?: string;
  status: string;
}

/** The API's partitions beside kafka-consumer-groups' rows, read one right after the other. */
async function expectSameAsCli(group: string) {
  const { status, body } = await api(groupPath(group));
  expect(status).toBe(200);
  const cli = describeGroupCli(bootstrap, group);
  const committed = (body.partitions as ApiPartition[]).filter((p) => p.committedOffset !== null);
  expect(cli.length).toBeGreaterThan(0);
  expect(committed.map((p) => ({ topic: p.topic, partition: p.partition, currentOffset: p.committedOffset, logEndOffset: p.logEndOffset, lag: p.lag }))).toEqual(
    cli.filter((c) => c.currentOffset !== null).map((c) => ({ topic: c.topic, partition: c.partition, currentOffset: c.currentOffset, logEndOffset: c.logEndOffset, lag: c.lag })),
  );
  return { body, cli };
}

const running: Consumer[] = [];
afterAll(async () => {
  await Promise.all(running.map((c) => c.disconnect().catch(() => {})));
});

describe('consumer group lag against kafka-consumer-groups', () => {
  it('shows the committed offsets, end offsets and lag of a kafkajs group exactly as the CLI, also when the group is empty', async () => {
    const topic = uniqueName('lag-kjs');
    const group = uniqueName('g-kjs');
    createTopic(bootstrap, topic, 3);
    await produce(bootstrap, topic, 3, 10);
    await consumeWithKafkajs(bootstrap, group, topic, 30);
    await produce(bootstrap, topic, 3, 7);

    const { body } = await eventually(async () => {
      const r = await expectSameAsCli(group);
      return r.body.totalLag === 21 ? r : undefined;
    });
    expect(body.state).toBe('Empty');
    expect(body.members).toEqual([]);
    expect(body.partitions.every((p: ApiPartition) => p.lag === 7 && p.lagBasis === 'committed')).toBe(true);
    // Lag in time: the next unread messages were produced moments ago.
    expect(body.partitions.every((p: ApiPartition) => p.lagSeconds !== null && p.lagSeconds < 600)).toBe(true);
  });

  it.skipIf(!testEnv.haveKcat)('shows a kcat -G (librdkafka) group that read part of a topic exactly as the CLI', async () => {
    const topic = uniqueName('lag-kcat');
    const group = uniqueName('g-kcat');
    createTopic(bootstrap, topic, 2);
    await produce(bootstrap, topic, 2, 20);
    consumeWithKcat(bootstrap, group, topic, 25);
    // librdkafka commits on close; the group settles to Empty with its offsets a moment later.
    const { body } = await eventually(async () => {
      const r = await expectSameAsCli(group);
      return r.body.state === 'Empty' ? r : undefined;
    });
    expect(body.totalLag).toBe(40 - (body.partitions as ApiPartition[]).reduce((n, p) => n + (p.committedOffset ?? 0), 0));
    expect(body.totalLag).toBeGreaterThan(0);
  });

  it('lists groups sorted by lag with state and member counts', async () => {
    const topic = uniqueName('lag-list');
    const [small, big] = [uniqueName('g-small'), uniqueName('g-big')];
    createTopic(bootstrap, topic, 1);
    await produce(bootstrap, topic, 1, 5);
    await consumeWithKafkajs(bootstrap, small, topic, 5);
    await produce(bootstrap, topic, 1, 50);
    // A group that committed offset 0 and never consumed: all 55 messages behind.
    kafkaTool('kafka-consumer-groups', ['--bootstrap-server', bootstrap, '--group', big, '--topic', topic, '--reset-offsets', '--to-earliest', '--execute']);
    // The list may answer from a snapshot up to 2 s old (shared with the sampler).
    const body = await eventually(async () => {
      const r = await api('/api/clusters/local/consumer-groups?search=g-');
      const ids = r.body.groups.map((g: { groupId: string }) => g.groupId);
      return ids.includes(small) && ids.includes(big) ? r.body : undefined;
    });
    const lags = body.groups.map((g: { totalLag: number }) => g.totalLag);
    expect(lags).toEqual([...lags].sort((a, b) => b - a));
    const ids = body.groups.map((g: { groupId: string }) => g.groupId);
    expect(ids.indexOf(big)).toBeLessThan(ids.indexOf(small));
    expect(body.groups.find((g: { groupId: string }) => g.groupId === big)).toMatchObject({ state: 'Empty', members: 0, topics: [topic], totalLag: 55 });
    expect(body.groups.find((g: { groupId: string }) => g.groupId === small)).toMatchObject({ state: 'Empty', members: 0, topics: [topic], totalLag: 50 });
    expect(body.kafkaRequests).toBeGreaterThan(0);
  });

  it('shows the members of an active group and their assigned partitions as the CLI does, and refuses to reset or delete it', async () => {
    const topic = uniqueName('lag-active');
    const group = uniqueName('g-active');
    createTopic(bootstrap, topic, 2);
    await produce(bootstrap, topic, 2, 3);
    running.push(await consumeWithKafkajs(bootstrap, group, topic, 6, { keep: true }));
    const body = await eventually(async () => {
      const r = await api(groupPath(group));
      return r.body.state === 'Stable' && r.body.members.length === 1 ? r.body : undefined;
    });
    const cli = describeGroupCli(bootstrap, group);
    for (const p of body.partitions as ApiPartition[]) {
      expect(p.memberId).toBe(cli.find((c) => c.partition === p.partition)!.consumerId);
    }
    expect(body.members[0].assignment).toEqual([{ topic, partitions: [0, 1] }]);

    const reset = await api(groupPath(group, '/offsets'), { method: 'POST', json: { topic, to: 'earliest', dryRun: true } });
    expect(reset.status).toBe(409);
    expect(reset.body.error.message).toMatch(/active member.*Stop its consumers first/);
    const del = await api(groupPath(group, `?confirm=${group}`), { method: 'DELETE' });
    expect(del.status).toBe(409);
  });

  it('judges a group ERR when its committed offset fell below the log start after a purge', async () => {
    const topic = uniqueName('lag-purged');
    const group = uniqueName('g-purged');
    createTopic(bootstrap, topic, 1);
    await produce(bootstrap, topic, 1, 5);
    await consumeWithKafkajs(bootstrap, group, topic, 5);
    await produce(bootstrap, topic, 1, 20);
    await purgeBefore(bootstrap, topic, 0, 15);

    const { body } = await expectSameAsCli(group);
    expect(body.status).toBe('ERR');
    expect(body.partitions[0]).toMatchObject({ committedOffset: 5, logStartOffset: 15, status: 'ERR' });
  });
});

describe('offset reset against kafka-consumer-groups --reset-offsets --dry-run', () => {
  it('previews earliest, latest, a time, a shift and an offset exactly as the CLI, then applies one', async () => {
    const topic = uniqueName('reset');
    const group = uniqueName('g-reset');
    createTopic(bootstrap, topic, 3);
    const early = Date.now() - 3_600_000;
    await produce(bootstrap, topic, 3, 10, early);
    await produce(bootstrap, topic, 3, 10);
    await consumeWithKafkajs(bootstrap, group, topic, 60);
    await purgeBefore(bootstrap, topic, 1, 4);

    const at = new Date(early + 1).toISOString();
    const cases: [unknown, string[]][] = [
      ['earliest', ['--to-earliest']],
      ['latest', ['--to-latest']],
      [{ timestamp: at }, ['--to-datetime', at.replace('Z', '')]],
      [{ shiftBy: -7 }, ['--shift-by', '-7']],
      [{ shiftBy: -100 }, ['--shift-by', '-100']],
      [{ offset: 2 }, ['--to-offset', '2']],
    ];
    for (const [to, how] of cases) {
      const { status, body } = await api(groupPath(group, '/offsets'), { method: 'POST', json: { topic, to, dryRun: true } });
      expect(status, JSON.stringify(to)).toBe(200);
      const cli = resetDryRunCli(bootstrap, group, topic, how);
      expect(new Map(body.partitions.map((p: { partition: number; newOffset: number }) => [p.partition, p.newOffset])), JSON.stringify(to)).toEqual(cli);
      expect(body.partitions.every((p: { currentOffset: number }) => p.currentOffset === 20)).toBe(true);
    }
    expect(describeGroupCli(bootstrap, group).every((r) => r.currentOffset === 20)).toBe(true);

    const applied = await api(groupPath(group, '/offsets'), { method: 'POST', json: { topic, partitions: [0, 2], to: { shiftBy: -5 }, dryRun: false } });
    expect(applied.status).toBe(200);
    expect(describeGroupCli(bootstrap, group).map((r) => r.currentOffset)).toEqual([15, 20, 15]);
  });

  it('refuses bad requests, unknown topics and read-only clusters in plain words', async () => {
    const group = uniqueName('g-bad');
    const bad = await api(groupPath(group, '/offsets'), { method: 'POST', json: { topic: 'x', to: 'yesterday' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');
    const missing = await api(groupPath(group, '/offsets'), { method: 'POST', json: { topic: uniqueName('nope'), to: 'earliest' } });
    expect(missing.status).toBe(404);
    const ro = await api(`/api/clusters/readonly/consumer-groups/${group}/offsets`, { method: 'POST', json: { topic: 'x', to: 'earliest' } });
    expect(ro.status).toBe(403);
    const roDelete = await api(`/api/clusters/readonly/consumer-groups/${group}?confirm=${group}`, { method: 'DELETE' });
    expect(roDelete.status).toBe(403);
    const unknown = await api(groupPath(uniqueName('never')));
    expect(unknown.status).toBe(404);
  });
});

describe('delete group', () => {
  it('needs the group id as confirmation, then removes the group and its offsets', async () => {
    const topic = uniqueName('del');
    const group = uniqueName('g-del');
    createTopic(bootstrap, topic, 1);
    await produce(bootstrap, topic, 1, 2);
    await consumeWithKafkajs(bootstrap, group, topic, 2);
    const unconfirmed = await api(groupPath(group, '?confirm=something-else'), { method: 'DELETE' });
    expect(unconfirmed.status).toBe(400);
    const deleted = await api(groupPath(group, `?confirm=${group}`), { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect((await api(groupPath(group))).status).toBe(404);
    const listed = kafkaTool('kafka-consumer-groups', ['--bootstrap-server', bootstrap, '--list']).split('\n');
    expect(listed).not.toContain(group);
  });
});
