import 'server-only';
// The payment aggregator: per-minute windows of payment events, exactly-once through Kafka transactions
// (lib/kafka/transactional-processor.ts runs the consume-transform-produce loop and its fencing).
//
// Each input partition is aggregated on its own. Window state lives in memory and, after every batch, in the
// output topic: the full aggregate of each changed window plus a progress record (watermark, dropped count),
// written in the same transaction as the consumed offsets. On (re)assignment a partition's state is rebuilt by
// reading those records back with read_committed, so results stay exactly-once across crashes and rebalances.
import { startTransactionalProcessor } from '../kafka/transactional-processor';
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
  stop(): Promise<void>;
}

const REBUILD_BUDGET = { maxRecords: 5_000_000, timeMs: 60_000 };

/** Runs on a configured cluster (its SASL/TLS apply). */
export async function startAggregator(clusterName: string, options: AggregatorOptions): Promise<RunningAggregator> {
  const log = options.log ?? (() => {});
  const states = new Map<number, PartitionWindows>();
  let outputPartitions = 1;
  const outputPartitionOf = (inputPartition: number) => inputPartition % outputPartitions;

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

  return startTransactionalProcessor(
    clusterName,
    { clientId: 'fluxo-payments-aggregator', input: options.input, output: options.output, group: options.group, maxBatchBytes: options.maxBatchBytes ?? 1024 * 1024, log },
    {
      start: (partitions) => {
        outputPartitions = partitions;
      },
      rebalanced: () => states.clear(),
      hasState: (partition) => states.has(partition),
      restore: async (partition) => {
        states.set(partition, await rebuild(partition));
      },
      process: (partition, records) => {
        const state = states.get(partition)!;
        let skipped = 0;
        for (const record of records) {
          const event = parsePaymentEvent(record.value);
          if (event) state.add(event);
          else skipped++;
        }
        if (skipped) log(`partition ${partition}: skipped ${skipped} records that are not payment events`);
        const out = outputPartitionOf(partition);
        const messages = state.takeChanged().map((w) => ({ key: windowRecordKey(w, partition), value: JSON.stringify(toWindowRecord(w, partition)), partition: out }));
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
        return messages;
      },
      // The in-memory state already holds the batch that did not commit: the next batch rebuilds from what did.
      discard: (partition) => states.delete(partition),
      committed: options.onCommit,
    },
  );
}
