import 'server-only';
// Transactions as the API shows them: every transactional id with its coordinator's view, every open
// transaction on every partition with Kafka's hanging verdict, one id in detail, and the abort that
// `kafka-transactions abort` performs. Kafka I/O is in lib/kafka/transactions.ts; the rule in ./hanging.
import type { AbortTransactionBody, AbortTransactionResult, TransactionDetail, TransactionList, TransactionSummary } from '../api/schemas/transactions';
import { assertWritable, getCluster } from '../config/clusters';
import { badRequest, notFound } from '../errors';
import { getClusterMetadata } from '../kafka/metadata';
import {
  type DescribedTransaction,
  describeProducers,
  describeTransactions,
  listTransactions,
  transactionMaxTimeoutMs,
  writeAbortMarker,
} from '../kafka/transactions';
import { type CoordinatorView, judgeOpenTransaction, type OpenTransaction, openTransactionsOf } from './hanging';

/** Ids described per listing: a cluster with more shows the rest with their listed state only. */
const DESCRIBE_MAX = 2_000;

const iso = (ms: number) => (ms >= 0 ? new Date(ms).toISOString() : null);

function toSummary(t: DescribedTransaction): TransactionSummary {
  const startMs = Number(t.startTimeMs);
  return {
    transactionalId: t.transactionalId,
    state: t.state,
    producerId: t.producerId,
    producerEpoch: t.producerEpoch,
    timeoutMs: t.timeoutMs,
    startTime: iso(startMs),
    startTimeMs: startMs >= 0 ? startMs : null,
    partitions: t.partitions,
  };
}

function judged(open: OpenTransaction[], views: Map<string, CoordinatorView>, nowMs: number, maxTimeoutMs: number) {
  return open
    .map((o) => {
      const view = views.get(o.producerId);
      return {
        topic: o.topic,
        partition: o.partition,
        producerId: o.producerId,
        producerEpoch: o.producerEpoch,
        coordinatorEpoch: o.coordinatorEpoch,
        startOffset: o.startOffset,
        lastTimestamp: new Date(o.lastTimestampMs).toISOString(),
        transactionalId: view?.transactionalId ?? null,
        ...judgeOpenTransaction(o, view, nowMs, maxTimeoutMs),
      };
    })
    .sort((a, b) => a.lastTimestamp.localeCompare(b.lastTimestamp) || a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

const viewOf = (t: DescribedTransaction): CoordinatorView => ({ transactionalId: t.transactionalId, producerId: t.producerId, producerEpoch: t.producerEpoch, state: t.state, partitions: t.partitions });

export async function listClusterTransactions(clusterName: string): Promise<TransactionList> {
  getCluster(clusterName);
  const md = await getClusterMetadata(clusterName);
  const allPartitions = md.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partition })));
  const [listed, producers, maxTimeoutMs] = await Promise.all([listTransactions(clusterName), describeProducers(clusterName, allPartitions), transactionMaxTimeoutMs(clusterName)]);
  const ids = listed.map((t) => t.transactionalId).sort();
  const described = ids.length ? await describeTransactions(clusterName, ids.slice(0, DESCRIBE_MAX)) : [];
  const byId = new Map(described.map((t) => [t.transactionalId, t]));
  const transactions = ids.map((id): TransactionSummary => {
    const d = byId.get(id);
    if (d) return toSummary(d);
    const l = listed.find((t) => t.transactionalId === id)!;
    return { transactionalId: id, state: l.state, producerId: l.producerId, producerEpoch: -1, timeoutMs: -1, startTime: null, startTimeMs: null, partitions: [] };
  });
  const views = new Map(described.map((t) => [t.producerId, viewOf(t)]));
  const nowMs = Date.now();
  return { takenAt: new Date(nowMs).toISOString(), transactionMaxTimeoutMs: maxTimeoutMs, transactions, openTransactions: judged(openTransactionsOf(producers), views, nowMs, maxTimeoutMs) };
}

export async function getTransaction(clusterName: string, transactionalId: string): Promise<TransactionDetail> {
  getCluster(clusterName);
  const [described] = await describeTransactions(clusterName, [transactionalId]);
  if (!described) throw notFound(`Transactional id "${transactionalId}" does not exist in cluster "${clusterName}"`);
  const [producers, maxTimeoutMs] = await Promise.all([describeProducers(clusterName, described.partitions), transactionMaxTimeoutMs(clusterName)]);
  const mine = producers.map((p) => ({ ...p, producers: p.producers.filter((s) => s.producerId === described.producerId) }));
  return {
    ...toSummary(described),
    producers: producers.map((p) => ({
      topic: p.topic,
      partition: p.partition,
      error: p.errorCode === 0 ? null : (p.errorMessage ?? `Kafka error code ${p.errorCode}`),
      activeProducers: p.producers.map((s) => ({
        producerId: s.producerId,
        producerEpoch: s.producerEpoch,
        lastSequence: s.lastSequence,
        lastTimestamp: iso(Number(s.lastTimestampMs)),
        coordinatorEpoch: s.coordinatorEpoch,
        currentTransactionStartOffset: Number(s.currentTxnStartOffset) >= 0 ? Number(s.currentTxnStartOffset) : null,
      })),
    })),
    openTransactions: judged(openTransactionsOf(mine), new Map([[described.producerId, viewOf(described)]]), Date.now(), maxTimeoutMs),
  };
}

/**
 * kafka-transactions abort --topic --partition --start-offset: the producer whose open transaction starts
 * there gets an ABORT marker on that partition (its epoch and coordinator epoch, as Admin.abortTransaction).
 */
export async function abortOpenTransaction(clusterName: string, req: AbortTransactionBody): Promise<AbortTransactionResult> {
  assertWritable(clusterName);
  const expected = `${req.topic}:${req.partition}:${req.startOffset}`;
  if (req.confirm !== expected) throw badRequest(`Confirm the abort by repeating "${expected}"`);
  const md = await getClusterMetadata(clusterName);
  if (!md.topics.find((t) => t.name === req.topic)?.partitions.some((p) => p.partition === req.partition)) {
    throw notFound(`Partition ${req.partition} of topic "${req.topic}" does not exist in cluster "${clusterName}"`);
  }
  const [partition] = await describeProducers(clusterName, [{ topic: req.topic, partition: req.partition }]);
  const open = openTransactionsOf(partition ? [partition] : []).find((o) => o.startOffset === req.startOffset);
  if (!open) throw notFound(`No transaction is open at offset ${req.startOffset} of ${req.topic}-${req.partition}`);
  // A producer that never had a coordinator epoch (-1) is written with 0, as kafka-transactions does.
  await writeAbortMarker(clusterName, { producerId: open.producerId, producerEpoch: open.producerEpoch, coordinatorEpoch: Math.max(0, open.coordinatorEpoch), topic: req.topic, partition: req.partition });
  return { topic: req.topic, partition: req.partition, startOffset: req.startOffset, producerId: open.producerId, producerEpoch: open.producerEpoch, aborted: true };
}
