import 'server-only';
// The payments page's data: the aggregate topic read whole (read_committed, newest value per key, bounded),
// summarized for a time range, plus a check that the raw topic's newest records follow the event schema.
import type { PaymentSummaryResponse, RawTopicCheck } from '../api/schemas/payments';
import { getCluster } from '../config/clusters';
import { conflict, notFound } from '../errors';
import { getClusterMetadata } from '../kafka/metadata';
import { parseAggregateRecord, type AggregateRecord } from './aggregate-record';
import { readCommitted } from './committed-read';
import { parsePaymentEvent } from './event';
import { summarizeAggregates } from './summary';

/** Enough for a week of windows over 5 currencies × 4 statuses × 6 partitions, compacted. */
const AGGREGATE_RECORD_BUDGET = 400_000;
const READ_TIME_BUDGET_MS = 3_500;
const RAW_SAMPLE_PER_PARTITION = 5;
const DEFAULT_RANGE_MS = 30 * 60_000;
/**
 * A window's newest record is written when its events are processed, which is after they occurred; records
 * written more than this before the range began cannot hold a window of the range (unless the events were
 * dated over an hour ahead of the clock), so the read starts there instead of at the topic's beginning.
 */
const WRITE_SLACK_MS = 60 * 60_000;

async function checkRawTopic(cluster: string, topic: string, exists: boolean): Promise<RawTopicCheck> {
  if (!exists) return { status: 'missing', message: `Topic "${topic}" does not exist yet: start the generator (npm run payments:produce).` };
  const sample = await readCommitted(cluster, topic, { maxRecords: 200, deadlineAt: Date.now() + 1_500, lastOffsetsPerPartition: RAW_SAMPLE_PER_PARTITION });
  if (sample.records.length === 0) return { status: 'empty', message: `Topic "${topic}" has no events yet.` };
  const valid = sample.records.filter((r) => parsePaymentEvent(r.value) !== null).length;
  if (valid === 0) {
    return {
      status: 'invalid',
      message: `None of the ${sample.records.length} newest records of "${topic}" is a payment event of schema version 1 (see the README): the aggregator skips them.`,
    };
  }
  return { status: 'ok', message: `${valid} of the ${sample.records.length} newest records follow the schema.` };
}

export async function getPaymentSummary(cluster: string, range: { from?: string; to?: string }): Promise<PaymentSummaryResponse> {
  const { payments } = getCluster(cluster);
  const toMs = range.to ? Date.parse(range.to) : Date.now();
  const fromMs = range.from ? Date.parse(range.from) : toMs - DEFAULT_RANGE_MS;
  const topics = new Set((await getClusterMetadata(cluster)).topics.map((t) => t.name));
  if (!topics.has(payments.aggregateTopic)) {
    throw notFound(
      `Topic "${payments.aggregateTopic}" does not exist: start the aggregator (npm run payments:process) or set payments.aggregateTopic for this cluster.`,
    );
  }
  const rawTopic = await checkRawTopic(cluster, payments.rawTopic, topics.has(payments.rawTopic));
  const read = await readCommitted(cluster, payments.aggregateTopic, {
    maxRecords: AGGREGATE_RECORD_BUDGET,
    deadlineAt: Date.now() + READ_TIME_BUDGET_MS,
    fromTimestampMs: fromMs - WRITE_SLACK_MS,
  });
  const latest = new Map<string, Buffer | null>();
  for (const r of read.records) latest.set(r.key?.toString() ?? `${r.partition}@${r.offset}`, r.value);
  const records: AggregateRecord[] = [];
  let skipped = 0;
  for (const value of latest.values()) {
    const record = parseAggregateRecord(value);
    if (record) records.push(record);
    else if (value !== null) skipped++;
  }
  if (records.length === 0 && skipped > 0) {
    throw conflict(
      `Topic "${payments.aggregateTopic}" does not hold Fluxo payment aggregates (none of its ${skipped} records follows the schema): point payments.aggregateTopic at the aggregator's output.`,
    );
  }
  return {
    ...summarizeAggregates(records, fromMs, toMs),
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    rawTopic: payments.rawTopic,
    aggregateTopic: payments.aggregateTopic,
    rawTopicCheck: rawTopic,
    truncated: read.truncated,
    skippedRecords: skipped,
  };
}
