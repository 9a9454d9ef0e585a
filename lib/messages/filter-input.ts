import 'server-only';
// What a filter sees of a message: key and value (parsed when JSON), headers as an object (the last value
// of a repeated key), and the record's place. Built from a Message (after masking), or straight from a
// record's bytes, decoding only the fields the filter reads, when nothing on the topic is masked.
import { isUtf8 } from 'node:buffer';
import type { Message } from '../api/schemas/messages';
import type { KafkaRecord } from '../kafka/internals';
import { bytesAsFilterValue, encodeBytes } from './decode';
import { NOT_JSON, type PathTree, pathTree, projectJson } from './json-projection';
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

/** What of a record a filter reads: its top-level fields, and for a key or value read only at paths inside it, those paths. */
export interface InputPlan {
  fields: ReadonlySet<string>;
  /** Key or value → the paths read inside it, when the field itself is never read whole. */
  projections: ReadonlyMap<string, PathTree>;
}

/** The plan for paths such as ["value", "amount", "value"] (each starts with its top-level field). */
export function inputPlan(paths: readonly (readonly string[])[]): InputPlan {
  const fields = new Set(paths.map((p) => p[0]!));
  const projections = new Map<string, PathTree>();
  for (const field of ['key', 'value']) {
    const inside = paths.filter((p) => p[0] === field);
    if (inside.length && inside.every((p) => p.length > 1)) projections.set(field, pathTree(inside.map((p) => p.slice(1))));
  }
  return { fields, projections };
}

/**
 * What bytesAsFilterValue gives, as far as the paths read it (all of it without paths): a JSON document is
 * walked, not parsed, and only the values at the paths are made. Anything that is not plainly a JSON
 * document takes the exact path.
 */
function filterValue(bytes: Buffer | null, paths: PathTree | undefined): unknown {
  if (!paths || bytes === null || !isUtf8(bytes)) return bytesAsFilterValue(bytes);
  let projected: unknown;
  try {
    projected = projectJson(bytes, paths);
  } catch {
    // Paths nested deeper than the stack allows: the exact path decides.
    projected = NOT_JSON;
  }
  return projected === NOT_JSON ? bytesAsFilterValue(bytes) : projected;
}

/**
 * The same input as filterInput(toMessage(partition, record)) as far as the plan reads it: a filter on the
 * key never decodes the value, one on `value.amount` makes only that of the value.
 */
export function recordFilterInput(partition: number, record: KafkaRecord, plan: InputPlan): Record<string, unknown> {
  const { fields, projections } = plan;
  const input: Record<string, unknown> = {};
  if (fields.has('key')) input.key = filterValue(record.key, projections.get('key'));
  if (fields.has('value')) input.value = filterValue(record.value, projections.get('value'));
  if (fields.has('headers')) input.headers = headerObject(headerEntries(record.headers).map(([name, bytes]) => [name, encodeBytes(bytes).text]));
  if (fields.has('partition')) input.partition = partition;
  if (fields.has('offset')) input.offset = Number(record.offset);
  if (fields.has('timestamp')) input.timestamp = Number(record.timestamp);
  if (fields.has('size')) input.size = recordSize(record);
  return input;
}
