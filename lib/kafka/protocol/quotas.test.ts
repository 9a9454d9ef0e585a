import { describe, expect, it } from 'vitest';
import { decodeAlterClientQuotas, decodeDescribeClientQuotas, encodeAlterClientQuotas, encodeDescribeAllClientQuotas } from './quotas';
import { WireWriter } from './wire';

const str = (s: string) => [s.length + 1, ...Buffer.from(s)];
const double = (v: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(v);
  return [...b];
};

describe('client quota codecs', () => {
  it('asks for every quota with no components, not strict', () => {
    expect(encodeDescribeAllClientQuotas()).toEqual(Buffer.from([1, 0, 0]));
  });

  it('reads entities (null name = default) and float64 values', () => {
    const body = Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 2, 3, ...str('user'), ...str('alice'), 0, ...str('client-id'), 0, 0, 2, ...str('producer_byte_rate'), ...double(1024), 0, 0, 0]);
    expect(decodeDescribeClientQuotas(body)).toEqual({
      errorCode: 0,
      errorMessage: null,
      entries: [{ entity: [{ type: 'user', name: 'alice' }, { type: 'client-id', name: null }], values: [{ key: 'producer_byte_rate', value: 1024 }] }],
    });
  });

  it('sends set and remove operations with validateOnly last', () => {
    const buf = encodeAlterClientQuotas([{ entity: [{ type: 'user', name: null }], ops: [{ key: 'k', value: 2.5, remove: false }, { key: 'r', value: 0, remove: true }] }], true);
    expect(buf).toEqual(Buffer.from([2, 2, ...str('user'), 0, 0, 3, ...str('k'), ...double(2.5), 0, 0, ...str('r'), ...double(0), 1, 0, 0, 1, 0]));
  });

  it('reads the error per entity', () => {
    const body = new WireWriter().uvarint(0).int32(0).uvarint(2).int16(42).compactString('bad').uvarint(2).compactString('user').compactString('a').noTags().noTags().noTags().toBuffer();
    expect(decodeAlterClientQuotas(body)).toEqual([{ errorCode: 42, errorMessage: 'bad', entity: [{ type: 'user', name: 'a' }] }]);
  });
});
