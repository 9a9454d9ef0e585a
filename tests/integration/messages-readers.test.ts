// Many readers at once on one cluster, and a message read that meets a partition without a leader.
import { afterAll, describe, expect, it } from 'vitest';
import { startNode, stopNode } from '../../scripts/kafka/local-kafka.mjs';
import { api, eventually, kafkaTool, testEnv, uniqueName } from './env';
import { readSse, type SseItem } from './sse';

const messagesPath = (cluster: string, topic: string) => `/api/clusters/${cluster}/topics/${topic}/messages`;
const isDone = (item: SseItem) => item.event === 'done';

async function activeReaders(): Promise<number> {
  const res = await fetch(`${testEnv.url}/api/metrics`);
  const m = /^fluxo_active_readers (\d+)$/m.exec(await res.text());
  return Number(m?.[1]);
}

async function produce(cluster: string, topic: string, partition: number, value: string) {
  const res = await api(messagesPath(cluster, topic), { method: 'POST', json: { key: `k-${partition}`, value, partition } });
  expect(res.status).toBe(201);
}

describe('many readers on one cluster', () => {
  it('serves 50 live tails, 10 searches and browses at once: every tail gets the new message, every search ends', async () => {
    const topic = uniqueName('readers');
    kafkaTool('kafka-topics', ['--bootstrap-server', testEnv.single.bootstrap, '--create', '--topic', topic, '--partitions', '3']);
    for (let i = 0; i < 60; i++) await produce('local', topic, i % 3, JSON.stringify({ id: i }));
    const before = await activeReaders();

    const marker = uniqueName('live');
    let ready = 0;
    const tails = Array.from({ length: 50 }, () =>
      readSse(`${messagesPath('local', topic)}/tail`, (item) => {
        if (item.event === 'ready') ready++;
        return item.event === 'error' || (item.event === 'message' && item.data.value === marker);
      }),
    );
    await eventually(async () => (ready === 50 ? true : undefined), { timeoutMs: 60_000 });

    const searches = Array.from({ length: 10 }, (_, i) =>
      readSse(`${messagesPath('local', topic)}/search?${new URLSearchParams({ filter: `value.id = ${i}` })}`, (item) => isDone(item) || item.event === 'error'),
    );
    const browses = Array.from({ length: 5 }, () => api(`${messagesPath('local', topic)}?limit=20`));
    await produce('local', topic, 1, marker);

    const [tailAnswers, searchAnswers, browseAnswers] = await Promise.all([Promise.all(tails), Promise.all(searches), Promise.all(browses)]);
    for (const t of tailAnswers) {
      expect(t.status).toBe(200);
      expect(t.items[0]!.event).toBe('ready');
      expect(t.items.at(-1)).toMatchObject({ event: 'message', data: { partition: 1, value: marker } });
    }
    for (const [i, s] of searchAnswers.entries()) {
      expect(s.items.at(-1)).toEqual({ event: 'done', data: { reason: 'end' } });
      expect(s.items.filter((item) => item.event === 'message').map((item) => JSON.parse(item.data.value).id)).toEqual([i]);
    }
    for (const b of browseAnswers) {
      expect(b.status).toBe(200);
      expect(b.body.messages).toHaveLength(20);
    }
    await eventually(async () => ((await activeReaders()) === before ? true : undefined));
  }, 180_000);
});

describe('a message read that meets a partition without a leader', () => {
  const STOPPED = 3;
  let stopped = false;
  afterAll(async () => {
    if (stopped) await startNode(testEnv.triple.name, STOPPED);
  }, 120_000);

  it('answers with the readable partitions and names the unavailable one; 503 when none is readable', async () => {
    const topic = uniqueName('leaderless');
    // One replica per partition: partition 2 lives only on node 3.
    kafkaTool('kafka-topics', ['--bootstrap-server', testEnv.triple.bootstrap, '--create', '--topic', topic, '--replica-assignment', '1,2,3']);
    await eventually(async () => ((await api(`/api/clusters/three/topics/${topic}`)).status === 200 ? true : undefined));
    for (let i = 0; i < 9; i++) await produce('three', topic, i % 3, JSON.stringify({ id: i }));

    stopped = true;
    await stopNode(testEnv.triple.name, STOPPED);
    const page = await eventually(async () => {
      const res = await api(`${messagesPath('three', topic)}?from=oldest&limit=50`);
      return res.status === 200 && res.body.unavailablePartitions?.length ? res.body : undefined;
    }, { timeoutMs: 60_000 });
    expect(page.unavailablePartitions).toEqual([2]);
    expect(page.messages.map((m: { partition: number }) => m.partition).sort()).toEqual([0, 0, 0, 1, 1, 1]);

    const onlyDead = await api(`${messagesPath('three', topic)}?partitions=2`);
    expect(onlyDead.status).toBe(503);
    expect(onlyDead.body.error).toMatchObject({ code: 'unavailable', message: expect.stringContaining('2') });

    const searched = await readSse(`${messagesPath('three', topic)}/search?filter=`, isDone);
    expect(searched.items.filter((i) => i.event === 'message')).toHaveLength(6);
    expect(searched.items.filter((i) => i.event === 'progress').at(-1)!.data).toMatchObject({ scanned: 6, unavailablePartitions: [2] });
    expect(searched.items.at(-1)).toEqual({ event: 'done', data: { reason: 'end' } });

    await startNode(testEnv.triple.name, STOPPED);
    stopped = false;
    const healed = await eventually(async () => {
      const res = await api(`${messagesPath('three', topic)}?from=oldest&limit=50`);
      return res.status === 200 && !res.body.unavailablePartitions && res.body.messages.length === 9 ? res.body : undefined;
    }, { timeoutMs: 90_000 });
    expect(healed.messages).toHaveLength(9);
  }, 240_000);
});
