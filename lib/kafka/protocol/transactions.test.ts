import { describe, expect, it } from 'vitest';
import {
  decodeDescribeProducers,
  decodeDescribeTransactions,
  decodeListTransactions,
  decodeWriteTxnMarkers,
  encodeDescribeProducers,
  encodeDescribeTransactions,
  encodeListTransactions,
  encodeWriteAbortMarker,
} from './transactions';

// Expected bytes written out by hand from Kafka's message definitions (kafka-clients common/message/*.json).
const str = (s: string) => [s.length + 1, ...Buffer.from(s)];
const i16 = (v: number) => [(v >> 8) & 0xff, v & 0xff];
const i32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
const i64 = (v: number) => [...i32(v < 0 ? -1 : Math.floor(v / 2 ** 32)), ...i32(v % 2 ** 32)];

describe('ListTransactions v0', () => {
  it('asks without state or producer filters', () => {
    expect(encodeListTransactions()).toEqual(Buffer.from([1, 1, 0]));
  });

  it('reads each transactional id with its producer id and state', () => {
    const body = Buffer.from([0, ...i32(0), ...i16(0), 1, 3, ...str('tx-a'), ...i64(1000), ...str('Ongoing'), 0, ...str('tx-b'), ...i64(1001), ...str('CompleteCommit'), 0, 0]);
    expect(decodeListTransactions(body)).toEqual({
      errorCode: 0,
      transactions: [
        { transactionalId: 'tx-a', producerId: '1000', state: 'Ongoing' },
        { transactionalId: 'tx-b', producerId: '1001', state: 'CompleteCommit' },
      ],
    });
  });
});

describe('DescribeTransactions v0', () => {
  it('encodes the transactional ids', () => {
    expect(encodeDescribeTransactions(['tx-a'])).toEqual(Buffer.from([2, ...str('tx-a'), 0]));
  });

  it('reads state, timeout, start time, producer id and epoch and the partitions in the transaction', () => {
    const start = 1_764_000_000_000;
    const body = Buffer.from([
      0, ...i32(0),
      2,
      ...i16(0), ...str('tx-a'), ...str('Ongoing'), ...i32(60_000), ...i64(start), ...i64(7), ...i16(3),
      2, ...str('orders'), 3, ...i32(2), ...i32(0), 0,
      0,
      0,
    ]);
    expect(decodeDescribeTransactions(body)).toEqual([
      {
        errorCode: 0,
        transactionalId: 'tx-a',
        state: 'Ongoing',
        timeoutMs: 60_000,
        startTimeMs: String(start),
        producerId: '7',
        producerEpoch: 3,
        partitions: [{ topic: 'orders', partition: 0 }, { topic: 'orders', partition: 2 }],
      },
    ]);
  });
});

describe('DescribeProducers v0', () => {
  it('encodes topics with their partitions', () => {
    expect(encodeDescribeProducers([{ topic: 't', partitions: [0, 1] }])).toEqual(Buffer.from([2, ...str('t'), 3, ...i32(0), ...i32(1), 0, 0]));
  });

  it('reads the active producers of each partition with their open transaction start offset', () => {
    const body = Buffer.from([
      0, ...i32(0),
      2, ...str('t'),
      2, ...i32(0), ...i16(0), 0,
      2, ...i64(7), ...i32(3), ...i32(4), ...i64(1_764_000_000_000), ...i32(0), ...i64(42), 0,
      0,
      0,
      0,
    ]);
    expect(decodeDescribeProducers(body)).toEqual([
      {
        topic: 't',
        partition: 0,
        errorCode: 0,
        errorMessage: null,
        producers: [{ producerId: '7', producerEpoch: 3, lastSequence: 4, lastTimestampMs: '1764000000000', coordinatorEpoch: 0, currentTxnStartOffset: '42' }],
      },
    ]);
  });
});

describe('WriteTxnMarkers v1', () => {
  it('encodes one ABORT marker for one partition', () => {
    expect(encodeWriteAbortMarker({ producerId: '7', producerEpoch: 3, coordinatorEpoch: 5, topic: 't', partition: 1 })).toEqual(
      Buffer.from([2, ...i64(7), ...i16(3), 0, 2, ...str('t'), 2, ...i32(1), 0, ...i32(5), 0, 0]),
    );
  });

  it('reads the error code per partition', () => {
    const body = Buffer.from([0, 2, ...i64(7), 2, ...str('t'), 2, ...i32(1), ...i16(0), 0, 0, 0, 0]);
    expect(decodeWriteTxnMarkers(body)).toEqual([{ producerId: '7', topic: 't', partition: 1, errorCode: 0 }]);
  });
});
