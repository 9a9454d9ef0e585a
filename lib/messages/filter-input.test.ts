import { describe, expect, it } from 'vitest';
import type { KafkaRecord } from '../kafka/internals';
import { testRecord, utf8Bytes } from '../../tests/helpers/kafka-record';
import { lookup } from './fast-filter';
import { filterInput, inputPlan, recordFilterInput } from './filter-input';
import { toMessage } from './records';

const record = testRecord;
const b = utf8Bytes;

// JSON (escapes, duplicates, arrays), JSON-looking text, text, binary, null, a byte-order mark, headers.
const records: KafkaRecord[] = [
  record(b('{"id":1}'), b('{"merchant":"m-1","amount":{"value":12.5},"tags":["a"]}'), { 'event-type': b('payment.captured') }),
  record(b('"k"'), b('{"amount":{"value":1},"amount":{"value":-2}}'), { 'event-type': [b('x'), b('none')] }),
  record(b('k'), b('{"amount":{"value":1},}')),
  record(b('k'), b('plain text')),
  record(null, null),
  record(Buffer.from([0x9e, 0x89]), Buffer.from([0xff, 0x00, 0x7b])),
  record(b('k'), b('\ufeff{"amount":{"value":1}}')),
  record(b('k'), b('[{"amount":{"value":1}}]')),
  record(b('k'), b('{"\\u0061mount":{"value":"x"},"merchant":{"id":3}}')),
];
const ALL_FIELDS = ['key', 'value', 'headers', 'partition', 'offset', 'timestamp', 'size'];

describe('recordFilterInput', () => {
  it('is what filterInput makes of the decoded message, field by field', () => {
    const plan = inputPlan(ALL_FIELDS.map((f) => [f]));
    for (const r of records) expect(recordFilterInput(3, r, plan)).toEqual(filterInput(toMessage(3, r)));
    expect(recordFilterInput(3, records[0]!, inputPlan([['key']]))).toEqual({ key: { id: 1 } });
  });

  it('reads paths inside the key and value as the whole decoded message does', () => {
    const paths = [['value', 'amount', 'value'], ['value', 'merchant'], ['value', 'tags'], ['key', 'id'], ['headers', 'event-type']];
    const plan = inputPlan(paths);
    expect([...plan.projections.keys()]).toEqual(['key', 'value']);
    for (const r of records) {
      const whole = filterInput(toMessage(3, r));
      const partial = recordFilterInput(3, r, plan);
      for (const p of paths) expect(lookup(partial, p), `${p.join('.')} of ${String(r.value)}`).toEqual(lookup(whole, p));
    }
  });

  it('takes a field whole when it is also read as itself', () => {
    expect(inputPlan([['value', 'a'], ['value']]).projections.has('value')).toBe(false);
  });
});
