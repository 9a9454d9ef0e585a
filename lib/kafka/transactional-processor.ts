import 'server-only';
// A consume-transform-produce loop with Kafka transactions (exactly-once), with the transform left to the caller.
//
// Each input partition owns one transactional producer whose id names the group, topic and partition. Whoever
// holds the partition next (this process after a rebalance, a restarted one after kill -9, another instance)
// opens the same transactional id, which fences the old producer and aborts its unfinished transaction. A
// batch's output records and its consumed offset are committed in one transaction. The caller's state for a
// partition is (re)built after fencing, from what committed; the loop then skips input the rebuilt state holds.
import type { EachBatchPayload, Producer } from 'kafkajs';
import { jobKafkaFor } from './client';

export interface InputRecord {
  offset: bigint;
  key: Buffer | null;
  value: Buffer | null;
}

export interface OutputRecord {
  key: string;
  value: string;
  partition: number;
}

export interface TransactionalProcessorOptions {
  clientId: string;
  input: string;
  output: string;
  group: string;
  /** Upper bound of one partition's batch, so of one transaction's input (kafkajs maxBytesPerPartition). */
  maxBatchBytes: number;
  log: (line: string) => void;
}

export interface TransactionalHandlers {
  /** The output topic's partition count is known: before any other call. */
  start(outputPartitions: number): void;
  /** The group rebalanced: every partition's state may be stale. */
  rebalanced(): void;
  /** Whether the caller holds state for the partition; without it, restore() is called before process(). */
  hasState(partition: number): boolean;
  /** Rebuild a partition's state from the output (the previous owner is fenced by now). */
  restore(partition: number): Promise<void>;
  /** The batch's records from the first one the state does not hold; answers the records to write. */
  process(partition: number, records: InputRecord[]): OutputRecord[];
  /** The transaction failed: the in-memory state holds a batch that did not commit. */
  discard(partition: number): void;
  /** After each committed transaction, with the next offset to consume. */
  committed?(partition: number, nextOffset: string): void;
}

export interface RunningProcessor {
  stop(): Promise<void>;
}

/** Runs on a configured cluster (its SASL/TLS apply), with a job's patient timeouts. */
export async function startTransactionalProcessor(clusterName: string, options: TransactionalProcessorOptions, handlers: TransactionalHandlers): Promise<RunningProcessor> {
  const kafka = jobKafkaFor(clusterName, options.clientId);
  const admin = kafka.admin();
  await admin.connect();
  handlers.start((await admin.fetchTopicMetadata({ topics: [options.output] })).topics[0]!.partitions.length);

  const producers = new Map<number, Producer>();
  /** Per partition, the committed offset read after fencing: records below it are already in the state. */
  const countedUpTo = new Map<number, bigint>();
  const consumer = kafka.consumer({ groupId: options.group, readUncommitted: false, maxBytesPerPartition: options.maxBatchBytes, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  // A rebalance may have moved partitions away and back: every partition's state is rebuilt.
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    handlers.rebalanced();
    // A partition that moved away gets its producer closed: the new owner fences it anyway.
    const assigned = new Set(e.payload.memberAssignment[options.input] ?? []);
    for (const [partition, producer] of producers) if (!assigned.has(partition)) dropProducer(partition, producer);
  });
  consumer.on(consumer.events.CRASH, (e) => options.log(`consumer crashed (${e.payload.error.message}); restart: ${e.payload.restart}`));

  function dropProducer(partition: number, producer: Producer) {
    if (producers.get(partition) === producer) producers.delete(partition);
    producer.disconnect().catch(() => {});
  }

  /** The group's committed offset of a partition, read after our producer fenced any previous owner. */
  async function committedOffset(partition: number): Promise<bigint> {
    const [topic] = await admin.fetchOffsets({ groupId: options.group, topics: [options.input] });
    const offset = topic?.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
    return offset === '-1' ? 0n : BigInt(offset);
  }

  async function producerFor(partition: number): Promise<Producer> {
    let producer = producers.get(partition);
    if (!producer) {
      producer = kafka.producer({ transactionalId: `${options.group}-${options.input}-${partition}`, idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
      await producer.connect();
      producers.set(partition, producer);
    }
    return producer;
  }

  async function processBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload) {
    if (batch.isEmpty() || !isRunning() || isStale()) return;
    const partition = batch.partition;
    // The producer first: opening its transactional id aborts a crashed owner's open transaction, so the
    // read_committed rebuild below sees a settled output partition.
    const producer = await producerFor(partition);
    if (!handlers.hasState(partition)) {
      await handlers.restore(partition);
      // A previous owner may have committed after this consumer fetched its start offset (it was still
      // running when the group moved the partition); what it committed is in the rebuilt state, so skip it.
      countedUpTo.set(partition, await committedOffset(partition));
    }
    const from = countedUpTo.get(partition) ?? 0n;
    if (BigInt(batch.lastOffset()) < from) {
      resolveOffset(batch.lastOffset());
      return;
    }
    const records = batch.messages.map((m) => ({ offset: BigInt(m.offset), key: m.key, value: m.value })).filter((r) => r.offset >= from);
    const messages = handlers.process(partition, records);
    const nextOffset = (BigInt(batch.lastOffset()) + 1n).toString();
    const transaction = await producer.transaction();
    try {
      await transaction.send({ topic: options.output, messages });
      await transaction.sendOffsets({ consumerGroupId: options.group, topics: [{ topic: batch.topic, partitions: [{ partition, offset: nextOffset }] }] });
      await transaction.commit();
    } catch (err) {
      handlers.discard(partition);
      await transaction.abort().catch(() => {});
      // Fenced or broken: a fresh producer re-initializes the transactional id on the next batch.
      dropProducer(partition, producer);
      throw err;
    }
    resolveOffset(batch.lastOffset());
    handlers.committed?.(partition, nextOffset);
    await heartbeat();
  }

  await consumer.connect();
  await consumer.subscribe({ topics: [options.input], fromBeginning: true });
  await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: processBatch });

  return {
    async stop() {
      await consumer.disconnect();
      await Promise.all([...producers.values()].map((p) => p.disconnect()));
      await admin.disconnect();
    },
  };
}
