import { describe, expect, it } from 'vitest';
import type { KafkaRecord } from './internals';
import { uncommittedRecords, visibleRecords } from './records';

const rec = (offset: number, over: Partial<KafkaRecord> & { producerId?: string; inTransaction?: boolean } = {}): KafkaRecord => ({
  offset: String(offset),
  timestamp: '1700000000000',
  key: null,
  value: Buffer.from(`v${offset}`),
  headers: {},
  isControlRecord: false,
  ...over,
  batchContext: { timestampType: 0, inTransaction: over.inTransaction ?? false, producerId: over.producerId ?? '-1' },
});
/** Control record keys: version 0, then type 0 (ABORT) or 1 (COMMIT). */
const ABORT = Buffer.from([0, 0, 0, 0]);
const COMMIT = Buffer.from([0, 0, 0, 1]);
const offsets = (list: KafkaRecord[]) => list.map((r) => Number(r.offset));

describe('visibleRecords', () => {
  it('drops control records (transaction markers)', () => {
    expect(offsets(visibleRecords([rec(0), rec(1, { isControlRecord: true }), rec(2)], [], 0))).toEqual([0, 2]);
  });

  it("drops an aborted transaction's records up to its marker, keeping other producers' records", () => {
    const records = [
      rec(0, { inTransaction: true, producerId: '7' }),
      rec(1, { inTransaction: true, producerId: '8' }),
      rec(2, { inTransaction: true, producerId: '7' }),
      rec(3, { isControlRecord: true, producerId: '7', key: ABORT }),
      rec(4, { inTransaction: true, producerId: '7' }),
    ];
    expect(offsets(visibleRecords(records, [{ producerId: '7', firstOffset: '0' }], 0))).toEqual([1, 4]);
  });

  it('ends an aborted transaction only at its ABORT marker, not at a COMMIT of another transaction', () => {
    const records = [
      rec(0, { inTransaction: true, producerId: '7' }),
      rec(1, { isControlRecord: true, producerId: '8', key: COMMIT }),
      rec(2, { inTransaction: true, producerId: '7' }),
      rec(3, { isControlRecord: true, producerId: '7', key: ABORT }),
      rec(4, { inTransaction: true, producerId: '8' }),
      rec(5, { isControlRecord: true, producerId: '8', key: COMMIT }),
    ];
    expect(offsets(visibleRecords(records, [{ producerId: '7', firstOffset: '0' }], 0))).toEqual([4]);
  });

  it('drops records before the fetch offset (a compressed batch starts earlier)', () => {
    expect(offsets(visibleRecords([rec(5), rec(6), rec(7)], [], 6))).toEqual([6, 7]);
  });

  it('stops at the end of the span (exclusive)', () => {
    expect(offsets(visibleRecords([rec(5), rec(6), rec(7), rec(8)], [], 5, 7))).toEqual([5, 6]);
  });

  it("reads a decoder's numeric offset where the record has one", () => {
    const numbered = [1, 2, 3].map((n) => Object.assign(rec(n), { offset: 'not read', offsetNumber: 10 + n }));
    expect(visibleRecords(numbered, [], 12, 13).map((r) => r.offsetNumber)).toEqual([12]);
    expect(uncommittedRecords(numbered, 12, 13).map((r) => r.offsetNumber)).toEqual([12]);
  });
});

describe('uncommittedRecords', () => {
  it('keeps records of aborted transactions but drops markers and records before the fetch offset', () => {
    const records = [rec(4), rec(5, { inTransaction: true, producerId: '7' }), rec(6, { isControlRecord: true, producerId: '7', key: ABORT }), rec(7)];
    expect(offsets(uncommittedRecords(records, 5))).toEqual([5, 7]);
  });

  it('stops at the end of the span (exclusive)', () => {
    expect(offsets(uncommittedRecords([rec(4), rec(5), rec(6)], 4, 6))).toEqual([4, 5]);
  });
});
