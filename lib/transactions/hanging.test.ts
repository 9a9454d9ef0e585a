import { describe, expect, it } from 'vitest';
import { type CoordinatorView, judgeOpenTransaction, type OpenTransaction, openTransactionsOf } from './hanging';

const open: OpenTransaction = { topic: 't', partition: 0, producerId: '7', producerEpoch: 2, coordinatorEpoch: 0, startOffset: 40, lastTimestampMs: 1_000_000 };
const coordinator: CoordinatorView = { transactionalId: 'tx', producerId: '7', producerEpoch: 2, state: 'Ongoing', partitions: [{ topic: 't', partition: 0 }] };
const MAX = 900_000;

describe('judgeOpenTransaction (kafka-transactions find-hanging)', () => {
  it('does not call a transaction hanging while it is within transaction.max.timeout.ms', () => {
    expect(judgeOpenTransaction(open, undefined, open.lastTimestampMs + MAX, MAX).hanging).toBe(false);
  });

  it('calls a transaction hanging past the timeout when no coordinator knows its producer', () => {
    expect(judgeOpenTransaction(open, undefined, open.lastTimestampMs + MAX + 1, MAX)).toMatchObject({ hanging: true, reason: expect.stringMatching(/no transaction coordinator/) });
  });

  it('calls it hanging when the coordinator moved the producer to another epoch', () => {
    expect(judgeOpenTransaction(open, { ...coordinator, producerEpoch: 3 }, open.lastTimestampMs + MAX + 1, MAX).hanging).toBe(true);
  });

  it('calls it hanging when the coordinator does not hold this partition open', () => {
    const now = open.lastTimestampMs + MAX + 1;
    expect(judgeOpenTransaction(open, { ...coordinator, partitions: [{ topic: 't', partition: 1 }] }, now, MAX).hanging).toBe(true);
    expect(judgeOpenTransaction(open, { ...coordinator, state: 'CompleteAbort' }, now, MAX).hanging).toBe(true);
  });

  it('does not call it hanging when the coordinator still holds it open', () => {
    expect(judgeOpenTransaction(open, coordinator, open.lastTimestampMs + MAX + 1, MAX).hanging).toBe(false);
  });
});

describe('openTransactionsOf', () => {
  it('keeps only producers with an open transaction, with its start offset', () => {
    const rows = openTransactionsOf([
      {
        topic: 't',
        partition: 0,
        producers: [
          { producerId: '7', producerEpoch: 2, coordinatorEpoch: 0, lastTimestampMs: '5', currentTxnStartOffset: '40' },
          { producerId: '8', producerEpoch: 0, coordinatorEpoch: -1, lastTimestampMs: '6', currentTxnStartOffset: '-1' },
        ],
      },
    ]);
    expect(rows).toEqual([{ topic: 't', partition: 0, producerId: '7', producerEpoch: 2, coordinatorEpoch: 0, startOffset: 40, lastTimestampMs: 5 }]);
  });
});
