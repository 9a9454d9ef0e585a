import jsonata from 'jsonata';
import { describe, expect, it } from 'vitest';
import { jsonataVerdict } from '../../tests/helpers/jsonata-verdict';
import type { KafkaRecord } from '../kafka/internals';
import { testRecord, utf8Bytes } from '../../tests/helpers/kafka-record';
import { filterInput } from './filter-input';
import { compileRawPrecheck } from './raw-precheck';
import { toMessage } from './records';

const record = testRecord;
const b = utf8Bytes;

// Records of every kind a filter meets: JSON (with escapes, numbers, nesting), text, binary, null, headers.
const records: KafkaRecord[] = [
  record(b('c-1'), b('{"merchant":"m-zzz","amount":{"value":12.5},"tags":["a","none"]}'), { 'event-type': b('payment.captured') }),
  record(b('"none"'), b('{"merchant":"\\u007azz"}'), { 'event-type': [b('x'), b('none')] }),
  record(b('none'), b('plain text with zzz'), { 'event-type': null }),
  record(null, null),
  record(Buffer.from([0x9e, 0x89, 0xde]), Buffer.from([0xff, 0x00, 0x7a, 0x7a, 0x7a])),
  record(b('k'), b('{"n":1e3,"s":"a b"}')),
  record(b('k'), b('"zzz"'), { other: b('none') }),
  record(b('k'), b('[{"merchant":"zzz"}]')),
  record(b('é'), b('{"merchant":"café"}')),
];

const expressions = [
  'key = "none"',
  '"none" = key',
  'headers.`event-type` = "none"',
  'headers.`event-type` = "payment.captured"',
  'value.merchant = "zzz"',
  '$contains(value.merchant, "zzz")',
  '$contains($string(value), "zzz")',
  '$contains($string(value), "1000")',
  '$contains($string(value), "a b")',
  '$contains($string(value), "null")',
  '$contains($string(key), "nul")',
  '$contains($string(headers.`event-type`), "nul")',
  '$contains(key, "nw")',
  'key = "nw"',
  'key = "none" and value.amount.value < 0',
  'key = "nope" or $contains(value.merchant, "zzz")',
  'key = "nope" or value.amount.value > 0',
  'key = "é" and $contains(value.merchant, "fé")',
];

describe('compileRawPrecheck', () => {
  it('never rules out a record JSONata would match, and rules out most that it would not', async () => {
    let ruledOut = 0;
    for (const expr of expressions) {
      const precheck = compileRawPrecheck(jsonata(expr).ast() as never);
      for (const [i, r] of records.entries()) {
        const matches = await jsonataVerdict(expr, filterInput(toMessage(0, r)));
        if (precheck?.(r)) {
          ruledOut++;
          expect(matches, `${expr} on record ${i}`).toBe(false);
        }
      }
    }
    expect(ruledOut).toBeGreaterThan(expressions.length * 3);
  });

  it('rules out on bytes only what the bytes prove', () => {
    const check = (expr: string) => compileRawPrecheck(jsonata(expr).ast() as never)!;
    expect(check('key = "none"')(records[0]!)).toBe(true);
    // An escape could spell the literal; binary is filtered as its base64 text.
    expect(check('$contains(value.merchant, "zzz")')(records[1]!)).toBe(false);
    expect(check('$contains(value, "zzz")')(records[4]!)).toBe(false);
    // Serializing rewrites numbers: 1e3 is "1000" to $string.
    expect(check('$contains($string(value), "1000")')(records[5]!)).toBe(false);
    expect(check('$contains($string(value), "zzz")')(records[5]!)).toBe(true);
  });

  it('checks nothing it cannot reason about: other operators, fields and functions', () => {
    for (const expr of ['key != "none"', 'partition = 1', 'value.amount.value < 0', '$uppercase(key) = "A"', 'headers = "x"', 'headers.a.b = "x"', 'key = 1', 'key = "a" or partition = 1']) {
      expect(compileRawPrecheck(jsonata(expr).ast() as never), expr).toBeNull();
    }
  });
});
