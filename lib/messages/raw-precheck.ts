// A check on a record's raw bytes that proves, before anything is decoded, that a filter cannot match it.
// A field compared for equality with a string literal, or searched with `$contains` for one, can only match
// when the literal's UTF-8 bytes appear in that field's bytes: JSON strings hold their text verbatim, unless
// an escape spells it (any backslash turns the check off) or the bytes are not UTF-8 (the filter then sees
// them as base64). `$string` of a JSON document re-serializes it, so there the literal must also be free of
// what serializing can change (digits and number signs, whitespace, punctuation of JSON). A search that
// matches nothing thus mostly costs one `indexOf` per record. Anything the check cannot prove goes on to the
// filter itself; the check never decides a match.
import { isUtf8 } from 'node:buffer';
import type { KafkaRecord } from '../kafka/internals';
import { type AstNode, containsOf, literalOf, pathOf } from './fast-filter';

export type RawFields = Pick<KafkaRecord, 'key' | 'value' | 'headers'>;
/** True when the record cannot match. */
export type RawPrecheck = (record: RawFields) => boolean;

const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
/** Characters serializing JSON may add, drop or rewrite: digits, number signs, whitespace, JSON's punctuation. */
const CHANGED_BY_SERIALIZING = /[\d.+\-eE\s{}[\]:,"\\]/;

/** What `$string(null)` gives: a null field stringified can still contain the literal. */
const NULL_TEXT = 'null';

/** Bytes of one field that cannot hold the literal as the filter would see it. */
function lacks(bytes: Buffer | null, literal: Buffer): boolean {
  if (bytes === null) return true;
  if (bytes.indexOf(literal) !== -1) return false;
  return bytes.indexOf(BACKSLASH) === -1 && isUtf8(bytes);
}

function lacksStringified(bytes: Buffer | null, literal: Buffer, text: string, survivesSerializing: boolean): boolean {
  if (bytes === null) return !NULL_TEXT.includes(text);
  if (!lacks(bytes, literal)) return false;
  return survivesSerializing || (bytes.indexOf(OPEN_BRACE) === -1 && bytes.indexOf(OPEN_BRACKET) === -1);
}

/** The bytes a path reads: the key, the value, or one header's values (none: the header is absent). */
function fieldBytes(path: string[]): ((record: RawFields) => (Buffer | null)[] | null) | null {
  const [root, ...rest] = path;
  if (root === 'key') return (r) => [r.key];
  if (root === 'value') return (r) => [r.value];
  if (root === 'headers' && rest.length === 1) {
    const name = rest[0]!;
    return (r) => {
      if (!Object.hasOwn(r.headers, name)) return [];
      const values = r.headers[name]!;
      return Array.isArray(values) ? values : [values];
    };
  }
  return null;
}

function fieldCheck(path: string[], text: string, stringified: boolean): RawPrecheck | null {
  const read = fieldBytes(path);
  if (!read) return null;
  const literal = Buffer.from(text, 'utf8');
  const survivesSerializing = !CHANGED_BY_SERIALIZING.test(text);
  const lacking = stringified ? (b: Buffer | null) => lacksStringified(b, literal, text, survivesSerializing) : (b: Buffer | null) => lacks(b, literal);
  return (record) => read(record)?.every(lacking) ?? false;
}

/** A precheck for the expression, or null when no part of it can be checked on bytes. */
export function compileRawPrecheck(node: AstNode): RawPrecheck | null {
  if (node.type === 'block' && node.expressions?.length === 1) return compileRawPrecheck(node.expressions[0]!);
  const contains = containsOf(node);
  if (contains) return fieldCheck(contains.path, contains.literal, contains.stringified);
  if (node.type !== 'binary' || !node.lhs || !node.rhs) return null;
  const op = String(node.value);
  if (op === 'and' || op === 'or') {
    const left = compileRawPrecheck(node.lhs);
    const right = compileRawPrecheck(node.rhs);
    // Either side proves an `and` false; an `or` needs both.
    if (op === 'and') return left && right ? (r) => left(r) || right(r) : (left ?? right);
    return left && right ? (r) => left(r) && right(r) : null;
  }
  if (op !== '=') return null;
  const [path, literal] = pathOf(node.lhs) ? [pathOf(node.lhs), literalOf(node.rhs)] : [pathOf(node.rhs), literalOf(node.lhs)];
  if (!path || typeof literal?.value !== 'string') return null;
  return fieldCheck(path, literal.value, false);
}
