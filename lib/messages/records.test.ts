import { describe, expect, it } from 'vitest';
import type { KafkaRecord } from '../kafka/internals';
import { toMessage } from './records';

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

describe('toMessage', () => {
  it('keeps repeated headers, counts key, value and header bytes, and marks log-append time', () => {
    const raw = rec(3, { key: Buffer.from('k'), headers: { a: [Buffer.from('1'), Buffer.from('22')], b: null } });
    raw.batchContext.timestampType = 1;
    const m = toMessage(2, raw);
    expect(m).toMatchObject({ partition: 2, offset: 3, timestampType: 'log-append', key: 'k', value: 'v3' });
    expect(m.headers).toEqual([
      { key: 'a', value: '1', encoding: 'text' },
      { key: 'a', value: '22', encoding: 'text' },
      { key: 'b', value: null, encoding: 'text' },
    ]);
    expect(m.size).toBe(1 + 2 + (1 + 1) + (1 + 2) + 1);
  });
});
