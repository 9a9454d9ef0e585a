import { afterAll, describe, expect, it } from 'vitest';
import type { Producer } from 'kafkajs';
import { api, eventually, testEnv, uniqueName } from './env';
import { consumeWithKafkajs, produce } from '../helpers/kafka-clients';
import { createTopic } from './groups-helpers';
import { describeProducersCli, describeTransactionCli, findHangingCli, listTransactionsCli, openTransaction } from './transactions-helpers';

const bootstrap = testEnv.single.bootstrap;
const open: Producer[] = [];
afterAll(async () => {
  await Promise.all(open.map((p) => p.disconnect().catch(() => {})));
});

interface ApiOpen {
  topic: string;
  partition: number;
  producerId: string;
  startOffset: number;
  transactionalId: string | null;
  hanging: boolean;
}

describe('transactions against kafka-transactions', () => {
  it('lists, describes and judges an open transaction as the CLI, aborts it, and a read_committed consumer then proceeds', async () => {
    const topic = uniqueName('txn');
    const transactionalId = uniqueName('tx-open');
    createTopic(bootstrap, topic, 1);
    await produce(bootstrap, topic, 1, 2);
    // Long enough that the coordinator does not abort it by itself during the test.
    open.push(await openTransaction(bootstrap, transactionalId, topic, 3, 300_000));
    // Written after the open transaction: beyond the last stable offset until it ends.
    await produce(bootstrap, topic, 1, 2);

    const cliListed = listTransactionsCli(bootstrap).find((t) => t.TransactionalId === transactionalId);
    expect(cliListed?.TransactionState).toBe('Ongoing');
    const list = await api('/api/clusters/local/transactions');
    expect(list.status === 200 ? 200 : list.body).toBe(200);
    const listed = list.body.transactions.find((t: { transactionalId: string }) => t.transactionalId === transactionalId);
    expect(listed).toMatchObject({ state: cliListed!.TransactionState, producerId: cliListed!.ProducerId });

    const cliDescribed = describeTransactionCli(bootstrap, transactionalId)!;
    const detail = await api(`/api/clusters/local/transactions/${encodeURIComponent(transactionalId)}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      transactionalId,
      state: cliDescribed.TransactionState,
      producerId: cliDescribed.ProducerId,
      producerEpoch: Number(cliDescribed.ProducerEpoch),
      timeoutMs: Number(cliDescribed.TransactionTimeoutMs),
      startTimeMs: Number(cliDescribed.CurrentTransactionStartTimeMs),
      partitions: [{ topic, partition: 0 }],
    });
    expect(cliDescribed.TopicPartitions).toBe(`${topic}-0`);

    // Active producers of the partition, as describe-producers prints them.
    const cliProducers = describeProducersCli(bootstrap, topic, 0).map((p) => ({
      producerId: p.ProducerId ?? '',
      producerEpoch: Number(p.ProducerEpoch),
      lastSequence: Number(p.LastSequence),
      currentTransactionStartOffset: p.CurrentTransactionStartOffset === 'None' ? null : Number(p.CurrentTransactionStartOffset),
    }));
    const apiProducers = detail.body.producers[0].activeProducers.map(({ producerId, producerEpoch, lastSequence, currentTransactionStartOffset }: Record<string, unknown>) => ({
      producerId,
      producerEpoch,
      lastSequence,
      currentTransactionStartOffset,
    }));
    expect(apiProducers.sort((a: { producerId: string }, b: { producerId: string }) => a.producerId.localeCompare(b.producerId))).toEqual(
      cliProducers.sort((a, b) => a.producerId.localeCompare(b.producerId)),
    );
    const mine = (list.body.openTransactions as ApiOpen[]).filter((o) => o.topic === topic);
    expect(mine).toMatchObject([{ partition: 0, producerId: listed.producerId, startOffset: 2, transactionalId }]);
    // find-hanging: a transaction its coordinator still holds open, within the timeout, is not hanging.
    expect(mine.filter((o) => o.hanging).map((o) => [o.partition, o.producerId, o.startOffset])).toEqual(
      findHangingCli(bootstrap, topic).map((r) => [Number(r.Partition), r.ProducerId, Number(r.StartOffset)]),
    );

    // The open transaction holds the last stable offset at its first record (describe-producers' start offset):
    // the topic's partition and a read_committed group stopped there both say so, beside the log end.
    const heldAt = cliProducers.find((p) => p.currentTransactionStartOffset !== null)!.currentTransactionStartOffset;
    const held = await api(`/api/clusters/local/topics/${topic}`);
    expect(held.body.partitionDetails[0]).toMatchObject({ lastStable: heldAt, high: 7 });
    const stuck = uniqueName('g-stuck');
    await consumeWithKafkajs(bootstrap, stuck, topic, 2);
    const stuckGroup = await api(`/api/clusters/local/consumer-groups/${stuck}`);
    expect(stuckGroup.body.partitions[0]).toMatchObject({ lastStableOffset: heldAt, logEndOffset: 7 });

    // Abort: confirmation re-checked, refused on a read-only cluster, 404 where nothing is open.
    const body = { topic, partition: 0, startOffset: 2, confirm: `${topic}:0:2` };
    const unconfirmed = await api('/api/clusters/local/transactions/abort', { method: 'POST', json: { ...body, confirm: 'yes' } });
    expect(unconfirmed.status).toBe(400);
    const readOnly = await api('/api/clusters/readonly/transactions/abort', { method: 'POST', json: body });
    expect(readOnly.status).toBe(403);
    const nothing = await api('/api/clusters/local/transactions/abort', { method: 'POST', json: { ...body, startOffset: 1, confirm: `${topic}:0:1` } });
    expect(nothing.status).toBe(404);
    const aborted = await api('/api/clusters/local/transactions/abort', { method: 'POST', json: body });
    expect(aborted.status).toBe(200);
    expect(aborted.body).toMatchObject({ topic, partition: 0, startOffset: 2, producerId: listed.producerId, aborted: true });
    expect(describeProducersCli(bootstrap, topic, 0).every((p) => p.CurrentTransactionStartOffset === 'None')).toBe(true);

    // The last stable offset moved on: a read_committed consumer reads the 2 + 2 committed messages, not the aborted 3.
    const reader = await consumeWithKafkajs(bootstrap, uniqueName('g-rc'), topic, 4);
    expect(reader).toBeDefined();
    const after = await eventually(async () => {
      const r = await api('/api/clusters/local/transactions');
      return (r.body.openTransactions as ApiOpen[]).some((o) => o.topic === topic) ? undefined : r;
    });
    expect(after.status).toBe(200);
    // Nothing holds it any more: the last stable offset is the high watermark (the abort marker included).
    const released = (await api(`/api/clusters/local/topics/${topic}`)).body.partitionDetails[0];
    expect(released.lastStable).toBe(released.high);
  }, 300_000);

  it('answers 404 for a transactional id no coordinator knows', async () => {
    const r = await api(`/api/clusters/local/transactions/${uniqueName('tx-none')}`);
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });
});
