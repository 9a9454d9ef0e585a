import 'server-only';
// kafkajs 2.2.4's decoded records (src/protocol/recordBatch/record/v0/decoder.js) turned into our Message,
// and what a consumer must drop: control records and records of aborted transactions.
import type { Message, MessageHeader } from '../api/schemas/messages';
import { encodeBytes } from '../messages/decode';

/** kafkajs's TimestampTypes.LOG_APPEND_TIME. */
const LOG_APPEND_TIME = 1;

export interface RawRecord {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | null | (Buffer | null)[]>;
  isControlRecord: boolean;
  batchContext: { timestampType: number; inTransaction: boolean; producerId: string };
}

export interface AbortedTransaction {
  producerId: string;
  firstOffset: string;
}

function toHeaders(raw: RawRecord['headers']): { headers: MessageHeader[]; sizeBytes: number } {
  const headers: MessageHeader[] = [];
  let sizeBytes = 0;
  for (const [key, values] of Object.entries(raw)) {
    for (const value of Array.isArray(values) ? values : [values]) {
      const { text, encoding } = encodeBytes(value);
      headers.push({ key, value: text, encoding });
      sizeBytes += Buffer.byteLength(key) + (value?.length ?? 0);
    }
  }
  return { headers, sizeBytes };
}

export function toMessage(partition: number, record: RawRecord): Message {
  const key = encodeBytes(record.key);
  const value = encodeBytes(record.value);
  const { headers, sizeBytes } = toHeaders(record.headers);
  return {
    partition,
    offset: Number(record.offset),
    timestamp: Number(record.timestamp),
    timestampType: record.batchContext.timestampType === LOG_APPEND_TIME ? 'log-append' : 'create',
    key: key.text,
    value: value.text,
    headers,
    size: (record.key?.length ?? 0) + (record.value?.length ?? 0) + sizeBytes,
    keyEncoding: key.encoding,
    valueEncoding: value.encoding,
  };
}

/** What telling committed from aborted records needs of a decoded record. */
export type TransactionalRecord = Pick<RawRecord, 'offset' | 'key'> & {
  isControlRecord?: boolean;
  batchContext: Pick<RawRecord['batchContext'], 'producerId' | 'inTransaction'>;
};

/** Key of the control record that ends an aborted transaction (version 0, type 0 = ABORT). */
const ABORT_MARKER = Buffer.from([0, 0, 0, 0]);

/**
 * Records a read-committed consumer may show: no control records (transaction markers), nothing from an
 * aborted transaction. A producer's transaction is aborted from its listed first offset until its ABORT
 * marker (a control record of the same producer), as in Kafka's own Fetcher.
 */
export function visibleRecords<R extends TransactionalRecord>(records: R[], aborted: AbortedTransaction[], fromOffset: number): R[] {
  const pending = [...aborted].sort((a, b) => Number(a.firstOffset) - Number(b.firstOffset));
  const abortedProducers = new Set<string>();
  const out: R[] = [];
  for (const r of records) {
    const offset = Number(r.offset);
    while (pending.length && Number(pending[0]!.firstOffset) <= offset) abortedProducers.add(pending.shift()!.producerId);
    if (r.isControlRecord) {
      if (r.key && Buffer.from(r.key).equals(ABORT_MARKER)) abortedProducers.delete(r.batchContext.producerId);
      continue;
    }
    if (offset < fromOffset) continue;
    if (r.batchContext.inTransaction && abortedProducers.has(r.batchContext.producerId)) continue;
    out.push(r);
  }
  return out;
}
