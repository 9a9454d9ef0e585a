import { describe, expect, it } from 'vitest';
import {
  decodeConsumerGroupDescribe,
  decodeDescribeShareGroupOffsets,
  decodeListGroupsV5,
  decodeOffsetFetchV8,
  decodeShareGroupDescribe,
  encodeConsumerGroupDescribe,
  encodeDescribeShareGroupOffsets,
  encodeListGroupsV5,
  encodeOffsetFetchV8,
} from './groups';

// Expected bytes are written out by hand from Kafka's message definitions (kafka-clients common/message/*.json):
// compact string = uvarint(len + 1) + utf8, compact array = uvarint(n + 1) + items, 0 = empty tagged fields.
const str = (s: string) => [s.length + 1, ...Buffer.from(s)];
const i16 = (v: number) => [(v >> 8) & 0xff, v & 0xff];
const i32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
const i64 = (v: number) => [...i32(v < 0 ? -1 : 0), ...i32(v)];
const uuid = (lastByte: number) => [...Array(15).fill(0), lastByte];

describe('ListGroups v5', () => {
  it('encodes the states and types filters as compact string arrays', () => {
    expect(encodeListGroupsV5([], ['consumer', 'classic'])).toEqual(Buffer.from([1, 3, ...str('consumer'), ...str('classic'), 0]));
    expect(encodeListGroupsV5()).toEqual(Buffer.from([1, 1, 0]));
  });

  it('reads each group with its protocol type, state and group type', () => {
    const body = Buffer.from([
      0, // response header tags
      ...i32(0), // throttle
      ...i16(0),
      3, // two groups
      ...str('new-g'), ...str('consumer'), ...str('Stable'), ...str('consumer'), 0,
      ...str('old-g'), ...str('consumer'), ...str('Empty'), ...str('classic'), 0,
      0,
    ]);
    expect(decodeListGroupsV5(body)).toEqual({
      errorCode: 0,
      groups: [
        { groupId: 'new-g', protocolType: 'consumer', state: 'Stable', type: 'consumer' },
        { groupId: 'old-g', protocolType: 'consumer', state: 'Empty', type: 'classic' },
      ],
    });
  });
});

describe('ConsumerGroupDescribe', () => {
  it('encodes group ids and include_authorized_operations false', () => {
    expect(encodeConsumerGroupDescribe(['g1'])).toEqual(Buffer.from([2, ...str('g1'), 0, 0]));
  });

  const member = (memberType: number[]) => [
    ...str('m-1'),
    0, // instance id null
    0, // rack id null
    ...i32(7), // member epoch
    ...str('console-consumer'),
    ...str('/127.0.0.1'),
    2, ...str('orders'), // subscribed topics
    0, // regex null
    // assignment: orders 1,0
    2, ...uuid(9), ...str('orders'), 3, ...i32(1), ...i32(0), 0, 0,
    // target assignment: orders 0,1,2
    2, ...uuid(9), ...str('orders'), 4, ...i32(0), ...i32(1), ...i32(2), 0, 0,
    ...memberType,
    0,
  ];
  const response = (memberType: number[]) =>
    Buffer.from([
      0,
      ...i32(0),
      2, // one group
      ...i16(0), 0, // no error, null message
      ...str('g1'), ...str('Reconciling'), ...i32(12), ...i32(11), ...str('uniform'),
      2, ...member(memberType),
      ...i32(-2147483648),
      0,
      0,
    ]);

  it('reads the group epoch, assignor and each member with epoch, assignment and target assignment (v0)', () => {
    const [group] = decodeConsumerGroupDescribe(response([]), 0);
    expect(group).toMatchObject({ errorCode: 0, errorMessage: null, groupId: 'g1', state: 'Reconciling', groupEpoch: 12, assignmentEpoch: 11, assignor: 'uniform' });
    expect(group!.members).toEqual([
      {
        memberId: 'm-1',
        instanceId: null,
        rackId: null,
        memberEpoch: 7,
        clientId: 'console-consumer',
        clientHost: '/127.0.0.1',
        subscribedTopicNames: ['orders'],
        subscribedTopicRegex: null,
        assignment: [{ topicId: '00000000000000000000000000000009', topic: 'orders', partitions: [0, 1] }],
        targetAssignment: [{ topicId: '00000000000000000000000000000009', topic: 'orders', partitions: [0, 1, 2] }],
      },
    ]);
  });

  it('reads the member type byte that v1 adds', () => {
    const [group] = decodeConsumerGroupDescribe(response([1]), 1);
    expect(group!.members[0]!.memberEpoch).toBe(7);
  });

  it('reads a group error with its message', () => {
    const body = Buffer.from([0, ...i32(0), 2, ...i16(69), ...str('Group g2 is not a consumer group.'), ...str('g2'), 1, ...i32(0), ...i32(0), 1, 1, ...i32(0), 0, 0]);
    expect(decodeConsumerGroupDescribe(body, 0)[0]).toMatchObject({ errorCode: 69, errorMessage: 'Group g2 is not a consumer group.', groupId: 'g2', members: [] });
  });
});

describe('ShareGroupDescribe v1', () => {
  it('reads members without instance id, regex or target assignment', () => {
    const body = Buffer.from([
      0,
      ...i32(0),
      2,
      ...i16(0), 0, ...str('sg'), ...str('Stable'), ...i32(3), ...i32(3), ...str('simple'),
      2, ...str('m'), 0, ...i32(2), ...str('c'), ...str('/h'), 2, ...str('t'), 2, ...uuid(1), ...str('t'), 2, ...i32(0), 0, 0, 0,
      ...i32(0),
      0,
      0,
    ]);
    const [group] = decodeShareGroupDescribe(body);
    expect(group).toMatchObject({ groupId: 'sg', state: 'Stable', groupEpoch: 3, assignor: 'simple' });
    expect(group!.members[0]).toMatchObject({ memberId: 'm', memberEpoch: 2, clientId: 'c', clientHost: '/h', assignment: [{ topic: 't', partitions: [0] }], targetAssignment: null });
  });
});

describe('OffsetFetch v8', () => {
  it('asks for all partitions (null topics) of many groups in one request', () => {
    expect(encodeOffsetFetchV8(['a', 'b'])).toEqual(Buffer.from([3, ...str('a'), 0, 0, ...str('b'), 0, 0, 0, 0]));
  });

  it('reads committed offsets per group, with partition and group errors', () => {
    const body = Buffer.from([
      0,
      ...i32(0),
      3,
      ...str('a'), 2, ...str('t'), 3, ...i32(0), ...i64(42), ...i32(-1), 1, ...i16(0), 0, ...i32(1), ...i64(-1), ...i32(-1), 1, ...i16(0), 0, 0, ...i16(0), 0,
      ...str('b'), 1, ...i16(16), 0,
      0,
    ]);
    expect(decodeOffsetFetchV8(body)).toEqual([
      { groupId: 'a', errorCode: 0, partitions: [{ topic: 't', partition: 0, offset: '42', errorCode: 0 }, { topic: 't', partition: 1, offset: '-1', errorCode: 0 }] },
      { groupId: 'b', errorCode: 16, partitions: [] },
    ]);
  });
});

describe('DescribeShareGroupOffsets', () => {
  it('asks for all share-partitions (null topics) of each group', () => {
    expect(encodeDescribeShareGroupOffsets(['sg'])).toEqual(Buffer.from([2, ...str('sg'), 0, 0, 0]));
  });

  it('reads the start offset and lag (v1) of each share-partition', () => {
    const body = Buffer.from([
      0,
      ...i32(0),
      2,
      ...str('sg'),
      2, ...str('t'), ...uuid(3), 3,
      ...i32(0), ...i64(5), ...i32(0), ...i64(2), ...i16(0), 0, 0,
      ...i32(1), ...i64(-1), ...i32(-1), ...i64(-1), ...i16(0), 0, 0,
      0,
      ...i16(0), 0,
      0,
      0,
    ]);
    expect(decodeDescribeShareGroupOffsets(body, 1)).toEqual([
      {
        groupId: 'sg',
        errorCode: 0,
        errorMessage: null,
        partitions: [
          { topic: 't', partition: 0, startOffset: '5', lag: '2', errorCode: 0 },
          { topic: 't', partition: 1, startOffset: '-1', lag: '-1', errorCode: 0 },
        ],
      },
    ]);
  });
});
