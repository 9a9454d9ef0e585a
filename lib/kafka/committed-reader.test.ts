import { describe, expect, it } from 'vitest';
import type { RawFetchedMessage } from './client';
import { committedOnly } from './committed-reader';

const ABORT = Buffer.from([0, 0, 0, 0]);
const COMMIT = Buffer.from([0, 0, 0, 1]);
const msg = (offset: number, producerId: string, inTransaction: boolean, control?: Buffer): RawFetchedMessage => ({
  offset: String(offset),
  timestamp: '0',
  key: control ?? Buffer.from(`k${offset}`),
  value: control ? null : Buffer.from(`v${offset}`),
  isControlRecord: control !== undefined,
  batchContext: { producerId, inTransaction },
});

describe('committedOnly', () => {
  it('drops records of an aborted transaction up to its ABORT marker, and all control records', () => {
    const messages = [
      msg(0, '7', true),
      msg(1, '7', true),
      msg(2, '7', true, ABORT),
      msg(3, '8', true),
      msg(4, '8', true, COMMIT),
      msg(5, '7', true),
      msg(6, '7', true, COMMIT),
    ];
    const kept = committedOnly(messages, [{ producerId: '7', firstOffset: '0' }]);
    expect(kept.map((m) => m.offset)).toEqual(['3', '5']);
  });

  it('keeps records of other producers interleaved with an aborted transaction', () => {
    const messages = [msg(10, '1', true), msg(11, '2', false), msg(12, '1', true, ABORT), msg(13, '2', false)];
    expect(committedOnly(messages, [{ producerId: '1', firstOffset: '10' }]).map((m) => m.offset)).toEqual(['11', '13']);
  });
});
