import { describe, expect, it } from 'vitest';
import {
  decodeAlterPartitionReassignments,
  decodeListPartitionReassignments,
  encodeAlterPartitionReassignments,
  encodeListPartitionReassignments,
} from './reassignments';

const str = (s: string) => [s.length + 1, ...Buffer.from(s)];
const i32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];

describe('AlterPartitionReassignments v0', () => {
  it('groups partitions by topic and writes each replica list as a compact array', () => {
    const bytes = encodeAlterPartitionReassignments(
      [
        { topic: 't', partition: 0, replicas: [2, 3] },
        { topic: 't', partition: 1, replicas: [3] },
      ],
      3000,
    );
    expect(bytes).toEqual(
      Buffer.from([...i32(3000), 2, ...str('t'), 3, ...i32(0), 3, ...i32(2), ...i32(3), 0, ...i32(1), 2, ...i32(3), 0, 0, 0]),
    );
  });

  it('cancels with a null replica list', () => {
    const bytes = encodeAlterPartitionReassignments([{ topic: 'ab', partition: 5, replicas: null }], 1);
    expect(bytes).toEqual(Buffer.from([...i32(1), 2, ...str('ab'), 2, ...i32(5), 0, 0, 0, 0]));
  });

  it('reads the top-level error and each partition outcome with Kafka message', () => {
    const body = Buffer.from([
      0, // header tags
      ...i32(0), // throttle
      0, 0, 0, // no error, null message
      2, ...str('t'), 3, // one topic, two partitions
      ...i32(0), 0, 0, 0, 0, // partition 0 ok
      ...i32(1), 0, 85, ...str('none'), 0, // partition 1: NO_REASSIGNMENT_IN_PROGRESS
      0, 0,
    ]);
    expect(decodeAlterPartitionReassignments(body)).toEqual({
      errorCode: 0,
      errorMessage: null,
      partitions: [
        { topic: 't', partition: 0, errorCode: 0, errorMessage: null },
        { topic: 't', partition: 1, errorCode: 85, errorMessage: 'none' },
      ],
    });
  });
});

describe('ListPartitionReassignments v0', () => {
  it('asks for every reassignment with a null topic array', () => {
    expect(encodeListPartitionReassignments(null, 3000)).toEqual(Buffer.from([...i32(3000), 0, 0]));
  });

  it('names the partitions to ask about, grouped by topic', () => {
    const bytes = encodeListPartitionReassignments([{ topic: 't', partition: 0 }, { topic: 'u', partition: 2 }, { topic: 't', partition: 4 }], 7);
    expect(bytes).toEqual(
      Buffer.from([...i32(7), 3, ...str('t'), 3, ...i32(0), ...i32(4), 0, ...str('u'), 2, ...i32(2), 0, 0]),
    );
  });

  it('reads replicas, adding and removing replicas per partition', () => {
    const body = Buffer.from([
      0,
      ...i32(0),
      0, 0, 0,
      2, ...str('t'), 2,
      ...i32(3), 4, ...i32(1), ...i32(2), ...i32(3), 2, ...i32(3), 2, ...i32(1), 0,
      0, 0,
    ]);
    expect(decodeListPartitionReassignments(body)).toEqual({
      errorCode: 0,
      errorMessage: null,
      reassignments: [{ topic: 't', partition: 3, replicas: [1, 2, 3], addingReplicas: [3], removingReplicas: [1] }],
    });
  });

  it('keeps the top-level error in Kafka words', () => {
    const body = Buffer.from([0, ...i32(0), 0, 41, ...str('not controller'), 1, 0]);
    expect(decodeListPartitionReassignments(body)).toMatchObject({ errorCode: 41, errorMessage: 'not controller', reassignments: [] });
  });
});
