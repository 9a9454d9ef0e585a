import { describe, expect, it } from 'vitest';
import {
  CONFIG_OP,
  decodeDescribeConfigs,
  decodeIncrementalAlterConfigs,
  encodeDescribeConfigs,
  encodeIncrementalAlterConfigs,
  RESOURCE_TYPE,
} from './configs';
import { decodeElectLeaders, encodeElectLeaders } from './elections';
import { decodeDescribeLogDirs, encodeDescribeLogDirs } from './log-dirs';
import { WireWriter } from './wire';

const int64 = (v: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(v);
  return b;
};
const str = (s: string) => [s.length + 1, ...Buffer.from(s)];

describe('DescribeLogDirs', () => {
  it('asks for every replica with a null topic array', () => {
    expect(encodeDescribeLogDirs(null)).toEqual(Buffer.from([0, 0]));
  });

  it('names topics and partitions as compact arrays', () => {
    expect(encodeDescribeLogDirs([{ topic: 'ab', partitions: [1] }])).toEqual(Buffer.from([2, ...str('ab'), 2, 0, 0, 0, 1, 0, 0]));
  });

  it('reads sizes, lag and v4 volume bytes per log dir', () => {
    const body = Buffer.concat([
      Buffer.from([0, 0, 0, 0, 0, 0, 0]), // header tags, throttle, error code (v3+)
      Buffer.from([2, 0, 0, ...str('/d')]), // one dir, no error, path
      Buffer.from([2, ...str('t'), 2, 0, 0, 0, 3]), // one topic, one partition: 3
      int64(1234n),
      int64(0n),
      Buffer.from([0, 0, 0]), // not future, partition tags, topic tags
      int64(10_000n),
      int64(-1n),
      Buffer.from([0, 0]),
    ]);
    expect(decodeDescribeLogDirs(body, 4)).toEqual({
      errorCode: 0,
      logDirs: [
        { path: '/d', errorCode: 0, totalBytes: 10_000, usableBytes: null, replicas: [{ topic: 't', partition: 3, sizeBytes: 1234, offsetLag: 0, isFuture: false }] },
      ],
    });
  });

  it('has no top-level error code or volume bytes before v3 and v4', () => {
    const body = Buffer.from([0, 0, 0, 0, 0, 2, 0, 0, ...str('/d'), 1, 0, 0]);
    expect(decodeDescribeLogDirs(body, 2).logDirs[0]).toMatchObject({ path: '/d', totalBytes: null, replicas: [] });
  });
});

describe('DescribeConfigs v4', () => {
  it('asks for all keys of a resource, without synonyms, with documentation', () => {
    expect(encodeDescribeConfigs([{ type: RESOURCE_TYPE.topic, name: 't' }])).toEqual(Buffer.from([2, 2, ...str('t'), 0, 0, 0, 1, 0]));
  });

  it('reads value, source, type and documentation, skipping synonyms', () => {
    const body = Buffer.concat([
      Buffer.from([0, 0, 0, 0, 0]), // header tags, throttle
      Buffer.from([2, 0, 0, 0, 2, ...str('t')]), // one result, no error, null message, topic "t"
      Buffer.from([2, ...str('retention.ms'), ...str('1000'), 0, 1, 0]), // value, not read-only, dynamic-topic, not sensitive
      Buffer.from([2, ...str('retention.ms'), ...str('1000'), 1, 0]), // one synonym
      Buffer.from([5, ...str('doc'), 0]), // long, documentation
      Buffer.from([0, 0]),
    ]);
    expect(decodeDescribeConfigs(body)).toEqual([
      {
        type: 2,
        name: 't',
        errorCode: 0,
        errorMessage: null,
        configs: [{ name: 'retention.ms', value: '1000', readOnly: false, source: 1, sensitive: false, type: 5, documentation: 'doc' }],
      },
    ]);
  });
});

describe('IncrementalAlterConfigs v1', () => {
  it('sends one operation per key, null value for delete, and validateOnly last', () => {
    const buf = encodeIncrementalAlterConfigs(
      [{ type: RESOURCE_TYPE.broker, name: '1', configs: [{ name: 'a', op: CONFIG_OP.set, value: 'x' }, { name: 'b', op: CONFIG_OP.delete, value: null }] }],
      true,
    );
    expect(buf).toEqual(Buffer.from([2, 4, ...str('1'), 3, ...str('a'), 0, ...str('x'), 0, ...str('b'), 1, 0, 0, 0, 1, 0]));
  });

  it("reads Kafka's error code and message per resource", () => {
    const body = new WireWriter().uvarint(0).int32(0).uvarint(2).int16(40).compactString('Invalid value').int8(2).compactString('t').noTags().noTags().toBuffer();
    expect(decodeIncrementalAlterConfigs(body)).toEqual([{ errorCode: 40, errorMessage: 'Invalid value', type: 2, name: 't' }]);
  });
});

describe('ElectLeaders v2', () => {
  it('asks for a preferred election of the named partitions with a timeout', () => {
    expect(encodeElectLeaders([{ topic: 't', partitions: [0] }], 1000)).toEqual(Buffer.from([0, 2, ...str('t'), 2, 0, 0, 0, 0, 0, 0, 0, 3, 0xe8, 0]));
    expect(encodeElectLeaders(null, 1000)).toEqual(Buffer.from([0, 0, 0, 0, 3, 0xe8, 0]));
  });

  it('reads one result per partition', () => {
    const body = new WireWriter().uvarint(0).int32(0).int16(0).uvarint(2).compactString('t').uvarint(2).int32(0).int16(84).compactString(null).noTags().noTags().noTags().toBuffer();
    expect(decodeElectLeaders(body)).toEqual({ errorCode: 0, results: [{ topic: 't', partition: 0, errorCode: 84, errorMessage: null }] });
  });
});
