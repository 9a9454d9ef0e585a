import 'server-only';
// Kafka records (bytes, as the partition reader returns them) turned into the API's Message.
import type { Message, MessageHeader } from '../api/schemas/messages';
import type { KafkaRecord } from '../kafka/internals';
import { encodeBytes } from './decode';

/** A record and the partition it was read from, as scans hand them on. */
export interface PartitionRecord {
  partition: number;
  record: KafkaRecord;
}

/** kafkajs's TimestampTypes.LOG_APPEND_TIME. */
const LOG_APPEND_TIME = 1;

/** Each header value in order (a repeated key once per value), still as bytes. */
export function headerEntries(raw: KafkaRecord['headers']): [string, Buffer | null][] {
  const entries: [string, Buffer | null][] = [];
  for (const [key, values] of Object.entries(raw)) {
    for (const value of Array.isArray(values) ? values : [values]) entries.push([key, value]);
  }
  return entries;
}

/** Key, value and header bytes of a record (header keys counted in UTF-8). */
export function recordSize(record: KafkaRecord): number {
  let size = (record.key?.length ?? 0) + (record.value?.length ?? 0);
  for (const [key, value] of headerEntries(record.headers)) size += Buffer.byteLength(key) + (value?.length ?? 0);
  return size;
}

export function toMessage(partition: number, record: KafkaRecord): Message {
  const key = encodeBytes(record.key);
  const value = encodeBytes(record.value);
  const headers: MessageHeader[] = headerEntries(record.headers).map(([name, bytes]) => {
    const { text, encoding } = encodeBytes(bytes);
    return { key: name, value: text, encoding };
  });
  return {
    partition,
    offset: Number(record.offset),
    timestamp: Number(record.timestamp),
    timestampType: record.batchContext.timestampType === LOG_APPEND_TIME ? 'log-append' : 'create',
    key: key.text,
    value: value.text,
    headers,
    size: recordSize(record),
    keyEncoding: key.encoding,
    valueEncoding: value.encoding,
  };
}
