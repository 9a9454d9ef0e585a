// Kafka's own topics and every "__" topic refuse deletion, purging, reconfiguration and growth through
// Fluxo; topic deletion needs the name repeated on the server. Kafka's CLI says nothing changed.
import { beforeAll, describe, expect, it } from 'vitest';
import { consumeWithKafkajs, createTopicWithKafkajs, produce } from '../helpers/kafka-clients';
import { api, kafkaTool, testEnv, uniqueName } from './env';
import { parseTopicsDescribe } from './kafka-cli';
import { countsPerPartition } from './kafka-offsets';

const local = testEnv.single.bootstrap;
const SLOW_MS = 240_000;
const topicPath = (topic: string, rest = '') => `/api/clusters/local/topics/${encodeURIComponent(topic)}${rest}`;

function describeByCli(topic: string) {
  return parseTopicsDescribe(kafkaTool('kafka-topics', ['--bootstrap-server', local, '--describe', '--topic', topic])).topics.get(topic);
}

function changesOf(topic: string) {
  return [
    { what: 'delete', path: topicPath(topic, `?confirm=${encodeURIComponent(topic)}`), init: { method: 'DELETE' } },
    { what: 'purge', path: topicPath(topic, '/purge'), init: { method: 'POST', json: { all: true } } },
    { what: 'reconfigure', path: topicPath(topic, '/configs'), init: { method: 'PATCH', json: { set: { 'retention.ms': '1000' } } } },
    { what: 'grow', path: topicPath(topic, '/partitions'), init: { method: 'POST', json: { count: 60 } } },
  ];
}

describe('protected topics', () => {
  const fluxoTopic = `__fluxo_edge_${uniqueName('t').slice(2)}`;
  const group = uniqueName('edge-protect');

  beforeAll(async () => {
    // A committed offset makes Kafka create __consumer_offsets.
    const source = uniqueName('edge-source');
    await createTopicWithKafkajs(local, source, 1);
    await produce(local, source, 1, 1);
    await consumeWithKafkajs(local, group, source, 1);
    await createTopicWithKafkajs(local, fluxoTopic, 2);
    await produce(local, fluxoTopic, 2, 2);
  }, SLOW_MS);

  it('refuses to delete, purge, reconfigure or grow __consumer_offsets, saying why and how to allow it', async () => {
    const before = describeByCli('__consumer_offsets');
    expect(before?.partitionCount).toBeGreaterThan(0);
    for (const { what, path, init } of changesOf('__consumer_offsets')) {
      const res = await api(path, init);
      expect(res.status, what).toBe(403);
      // The "__" prefix decides before any metadata is fetched; Kafka's internal flag covers other names.
      expect(res.body.error).toEqual({ code: 'forbidden', message: expect.stringMatching(/is protected and cannot be .*allowInternalTopicChanges: true on cluster "local"/) });
    }
    const after = describeByCli('__consumer_offsets');
    expect(after).toEqual(before);
    expect(kafkaTool('kafka-consumer-groups', ['--bootstrap-server', local, '--list'])).toContain(group);
  }, SLOW_MS);

  it('refuses the same on a "__fluxo_" topic, by its name, and keeps its records', async () => {
    for (const { what, path, init } of changesOf(fluxoTopic)) {
      const res = await api(path, init);
      expect(res.status, what).toBe(403);
      expect(res.body.error.message).toMatch(/name starts with "__"/);
    }
    expect(describeByCli(fluxoTopic)).toMatchObject({ partitionCount: 2 });
    expect([...countsPerPartition(local, fluxoTopic).values()]).toEqual([2, 2]);
    const overrides = kafkaTool('kafka-configs', ['--bootstrap-server', local, '--entity-type', 'topics', '--entity-name', fluxoTopic, '--describe']);
    expect(overrides).not.toContain('retention.ms=1000');
  }, SLOW_MS);

  it('deletes an ordinary topic only when the name is repeated in confirm', async () => {
    const topic = uniqueName('edge-confirm');
    await createTopicWithKafkajs(local, topic, 1);
    for (const query of ['', '?confirm=', `?confirm=${topic}-other`, `?confirm=${topic.toUpperCase()}`]) {
      const res = await api(topicPath(topic, query), { method: 'DELETE' });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('bad_request');
    }
    expect(describeByCli(topic)).toMatchObject({ partitionCount: 1 });
    const deleted = await api(topicPath(topic, `?confirm=${topic}`), { method: 'DELETE' });
    expect(deleted).toMatchObject({ status: 200, body: { deleted: topic } });
  }, SLOW_MS);
});
