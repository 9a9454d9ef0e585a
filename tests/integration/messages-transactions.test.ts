// Aborted transactions and their markers leave holes in a partition's offsets. No Kafka CLI tool writes
// an aborted transaction, so this test (only this one) uses kafkajs's transactional producer to make
// them; kcat (librdkafka, read_committed by default) is the oracle for what a reader must show.
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { api, kafkaTool, testEnv, uniqueName } from './env';
import { kcatConsume } from './messages-kcat';

const kafka = new Kafka({ brokers: testEnv.single.bootstrap.split(','), logLevel: logLevel.NOTHING });
const producer = kafka.producer({ transactionalId: uniqueName('fluxo-test-tx'), idempotent: true, maxInFlightRequests: 1 });

afterAll(() => producer.disconnect());

describe.skipIf(!testEnv.haveKcat)('transactional topics', () => {
  it('skips aborted records and transaction markers, as a read-committed kcat does', async () => {
    const topic = uniqueName('tx');
    kafkaTool('kafka-topics', ['--bootstrap-server', testEnv.single.bootstrap, '--create', '--topic', topic, '--partitions', '1']);
    await producer.connect();
    const send = async (keys: string[], commit: boolean) => {
      const tx = await producer.transaction();
      await tx.send({ topic, messages: keys.map((key) => ({ key, value: key })) });
      await (commit ? tx.commit() : tx.abort());
    };
    await send(['c1', 'c2'], true);
    await send(['a1', 'a2', 'a3'], false);
    await send(['c3'], true);

    const oracle = kcatConsume(testEnv.single.bootstrap, topic, '%o %k\n').trim().split('\n');
    const { status, body } = await api(`/api/clusters/local/topics/${topic}/messages?from=oldest&limit=100`);
    expect(status).toBe(200);
    expect(body.messages.map((m: { offset: number; key: string }) => `${m.offset} ${m.key}`)).toEqual(oracle);
    expect(oracle.map((l) => l.split(' ')[1])).toEqual(['c1', 'c2', 'c3']);

    const newest = await api(`/api/clusters/local/topics/${topic}/messages?from=newest&limit=2`);
    expect(newest.body.messages.map((m: { key: string }) => m.key)).toEqual(['c3', 'c2']);
  });
});
