import { describe, expect, it } from 'vitest';
import { takeSseEvents } from './sse-parse';

describe('takeSseEvents', () => {
  it('returns complete events and keeps the unfinished tail', () => {
    const { events, rest } = takeSseEvents('event: a\ndata: 1\n\n: keepalive\n\nevent: b\ndata: {"x"');
    expect(events).toEqual([{ event: 'a', data: '1' }]);
    expect(rest).toBe('event: b\ndata: {"x"');
  });
});
