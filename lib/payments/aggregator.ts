import 'server-only';
// The payment aggregator: a consume-transform-produce loop with Kafka transactions (exactly-once).
//
// Each input partition is aggregated on its own and owns one transactional producer whose id names the group,
// topic and partition. Whoever holds the partition next (this process after a rebalance, a restarted one after
// kill -9, another instance) opens the same transactional id, which fences the old producer and aborts its
// unfinished transaction. Window state lives in memory and, after every batch, in the output topic: the full
// aggregate of each changed window plus a progress record (watermark, dropped count), written in the same
// transaction as the consumed offsets. On (re)assignment a partition's state is rebuilt by reading those
// records back with read_committed, so results stay exactly-once across crashes and rebalances.
import type { Consumer, EachBatchPayload, Producer } from 'kafkajs';
import { jobKafkaFor } from '../kafka/client';
import { fromWindowRecord, parseAggregateRecord, progressRecordKey, toWindowRecord, windowRecordKey } from './aggregate-record';
import { readCommitted } from './committed-read';
import { parsePaymentEvent } from './event';
import { PartitionWindows, type WindowAggregate } from './windows';

export interface AggregatorOptions {
  input: string;
  output: string;
  group: string;
  graceMs: number;
  /** Upper bound of one partition's batch, so of one transaction's input (kafkajs maxBytesPerPartition). */
  maxBatchBytes?: number;
  log?: (line: string) => void;
  /** Called after each committed transaction with the next offset to consume (tests and --verbose). */
  onCommit?: (partition: number, nextOffset: string) => void;
}

export interface RunningAggregator {
  consumer: Consumer;
  stop(): Promise<void>;
}

const REBUILD_BUDGET = { maxRecords: 5_000_000, timeMs: 60_000 };

/** Runs on a configured cluster (its SASL/TLS apply), through the cluster's client pool. */
export async function startAggregator(clusterName: string, options: AggregatorOptions): Promise<RunningAggregator> {
  const log = options.log ?? (() => {});
  const kafka = jobKafkaFor(clusterName, 'fluxo-payments-aggregator');
  const admin = kafka.admin();
  await admin.connect();
  const outputPartitions = (await admin.fetchTopicMetadata({ topics: [options.output] })).topics[0]!.partitions.length;

  const producers = new Map<number, Producer>();
  const states = new Map<number, PartitionWindows>();
  /** Per partition, the committed offset read after fencing: records below it are already in the state. */
  const countedUpTo = new Map<number, bigint>();
  const consumer = kafka.consumer({ groupId: options.group, readUncommitted: false,
    maxBytesPerPartition: options.maxBatchBytes ?? 1024 * 1024,
    sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  // A rebalance may have moved partitions away and back: rebuild every partition's state from the output.
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    states.clear();
    // A partition that moved away gets its producer closed: the new owner fences it anyway.
    const assigned = new Set(e.payload.memberAssignment[options.input] ?? []);
    for (const [partition, producer] of producers) {
      if (!assigned.has(partition)) dropProducer(partition, producer);
    }
  });
  consumer.on(consumer.events.CRASH, (e) => log(`consumer crashed (${e.payload.error.message}); restart: ${e.payload.restart}`));

  const outputPartitionOf = (inputPartition: number) => inputPartition % outputPartitions;

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
      producer = kafka.producer({
        transactionalId: `${options.group}-${options.input}-${partition}`,
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
      });
      await producer.connect();
      producers.set(partition, producer);
    }
    return producer;
  }

  async function rebuild(partition: number): Promise<PartitionWindows> {
    const read = await readCommitted(
      clusterName,
      options.output,
      { maxRecords: REBUILD_BUDGET.maxRecords, deadlineAt: Date.now() + REBUILD_BUDGET.timeMs },
      [outputPartitionOf(partition)],
    );
    if (read.truncated) throw new Error(`rebuilding partition ${partition} from ${options.output} ran out of budget`);
    const suffix = `|p${partition}`;
    const latest = new Map<string, Buffer | null>();
    for (const r of read.records) {
      const key = r.key?.toString();
      if (key?.endsWith(suffix)) latest.set(key, r.value);
    }
    let progress = { maxEventMs: null as number | null, droppedLate: 0 };
    const windows: WindowAggregate[] = [];
    for (const value of latest.values()) {
      const record = parseAggregateRecord(value);
      if (record?.kind === 'progress') {
        progress = { maxEventMs: record.maxEventTime ? Date.parse(record.maxEventTime) : null, droppedLate: record.droppedLate };
      } else if (record?.kind === 'window') {
        windows.push(fromWindowRecord(record));
      }
    }
    const state = PartitionWindows.restore(options.graceMs, progress, windows);
    log(`partition ${partition}: state rebuilt (${state.openWindowCount} open windows, ${progress.droppedLate} dropped so far)`);
    return state;
  }

  async function processBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload) {
    if (batch.isEmpty() || !isRunning() || isStale()) return;
    const partition = batch.partition;
    // The producer first: opening its transactional id aborts a crashed owner's open transaction, so the
    // read_committed rebuild below sees a settled output partition.
    const producer = await producerFor(partition);
    let state = states.get(partition);
    if (!state) {
      state = await rebuild(partition);
      states.set(partition, state);
      // A previous owner may have committed after this consumer fetched its start offset (it was still
      // running when the group moved the partition); what it committed is in the rebuilt state, so skip it.
      countedUpTo.set(partition, await committedOffset(partition));
    }
    const from = countedUpTo.get(partition) ?? 0n;
    if (BigInt(batch.lastOffset()) < from) {
      resolveOffset(batch.lastOffset());
      return;
    }
    let skipped = 0;
    for (const message of batch.messages) {
      if (BigInt(message.offset) < from) continue;
      const event = parsePaymentEvent(message.value);
      if (event) state.add(event);
      else skipped++;
    }
    const out = outputPartitionOf(partition);
    const messages = state.takeChanged().map((w) => ({
      key: windowRecordKey(w, partition),
      value: JSON.stringify(toWindowRecord(w, partition)),
      partition: out,
    }));
    messages.push({
      key: progressRecordKey(partition),
      value: JSON.stringify({
        kind: 'progress',
        schemaVersion: 1,
        sourcePartition: partition,
        maxEventTime: state.maxEventMs === null ? null : new Date(state.maxEventMs).toISOString(),
        droppedLate: state.droppedLate,
      }),
      partition: out,
    });
    const nextOffset = (BigInt(batch.lastOffset()) + 1n).toString();
    const transaction = await producer.transaction();
    try {
      await transaction.send({ topic: options.output, messages });
      await transaction.sendOffsets({
        consumerGroupId: options.group,
        topics: [{ topic: batch.topic, partitions: [{ partition, offset: nextOffset }] }],
      });
      await transaction.commit();
    } catch (err) {
      // The in-memory state already holds this batch: forget it, the next batch rebuilds from what committed.
      states.delete(partition);
      await transaction.abort().catch(() => {});
      // Fenced or broken: a fresh producer re-initializes the transactional id on the next batch.
      dropProducer(partition, producer);
      throw err;
    }
    resolveOffset(batch.lastOffset());
    options.onCommit?.(partition, nextOffset);
    await heartbeat();
    if (skipped) log(`partition ${partition}: skipped ${skipped} records that are not payment events`);
  }

  await consumer.connect();
  await consumer.subscribe({ topics: [options.input], fromBeginning: true });
  await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: processBatch });

  return {
    consumer,
    async stop() {
      await consumer.disconnect();
      await Promise.all([...producers.values()].map((p) => p.disconnect()));
      await admin.disconnect();
    },
  };
}
