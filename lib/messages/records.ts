import 'server-only';
// Kafka records (bytes, as the partition reader returns them) turned into the API's Message.
import type { Message, MessageHeader } from '../api/schemas/messages';
import type { KafkaRecord } from '../kafka/internals';
import { encodeBytes } from './decode';

/** kafkajs's TimestampTypes.LOG_APPEND_TIME. */
const LOG_APPEND_TIME = 1;

function toHeaders(raw: KafkaRecord['headers']): { headers: MessageHeader[]; sizeBytes: number } {
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

export function toMessage(partition: number, record: KafkaRecord): Message {
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
