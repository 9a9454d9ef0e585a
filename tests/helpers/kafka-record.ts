import type { KafkaRecord } from '../../lib/kafka/internals';

/** A decoded record at offset 7, as a Fetch answer gives it, with the given key, value and headers. */
export const testRecord = (key: Buffer | null, value: Buffer | null, headers: KafkaRecord['headers'] = {}): KafkaRecord => ({
  offset: '7',
  timestamp: '1700000000000',
  key,
  value,
  headers,
  isControlRecord: false,
  batchContext: { timestampType: 0, inTransaction: false, producerId: '-1' },
});

/** UTF-8 bytes of the text. */
export const utf8Bytes = (text: string) => Buffer.from(text, 'utf8');
