import 'server-only';
// What a filter sees of a message: key and value (parsed when JSON), headers as an object (the last value
// of a repeated key), and the record's place. Built from a Message (after masking), or straight from a
// record's bytes, decoding only the fields the filter reads, when nothing on the topic is masked.
import type { Message } from '../api/schemas/messages';
import type { KafkaRecord } from '../kafka/internals';
import { bytesAsFilterValue, encodeBytes } from './decode';
import { headerEntries, recordSize } from './records';

function parseValue(text: string | null, encoding: Message['valueEncoding']): unknown {
  if (text === null || encoding !== 'json') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function headerObject(entries: Iterable<[string, string | null]>): Record<string, string | null> {
  const headers: Record<string, string | null> = {};
  for (const [key, value] of entries) headers[key] = value;
  return headers;
}

export function filterInput(m: Message): Record<string, unknown> {
  return {
    key: parseValue(m.key, m.keyEncoding),
    value: parseValue(m.value, m.valueEncoding),
    headers: headerObject(m.headers.map((h) => [h.key, h.value])),
    partition: m.partition,
    offset: m.offset,
    timestamp: m.timestamp,
    size: m.size,
  };
}

/** The fields a filter input has. */
export const FILTER_FIELDS: ReadonlySet<string> = new Set(['key', 'value', 'headers', 'partition', 'offset', 'timestamp', 'size']);

/**
 * The same input as filterInput(toMessage(partition, record)), with only the given fields: a filter on the
 * key never decodes the value.
 */
export function recordFilterInput(partition: number, record: KafkaRecord, fields: ReadonlySet<string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (fields.has('key')) input.key = bytesAsFilterValue(record.key);
  if (fields.has('value')) input.value = bytesAsFilterValue(record.value);
  if (fields.has('headers')) input.headers = headerObject(headerEntries(record.headers).map(([name, bytes]) => [name, encodeBytes(bytes).text]));
  if (fields.has('partition')) input.partition = partition;
  if (fields.has('offset')) input.offset = Number(record.offset);
  if (fields.has('timestamp')) input.timestamp = Number(record.timestamp);
  if (fields.has('size')) input.size = recordSize(record);
  return input;
}
