import { describe, expect, it } from 'vitest';
import { type SseEvent, sseResponse } from './sse';

describe('sseResponse', () => {
  it('writes a yielded batch of events as one chunk, skips empty batches, and ends when the generator does', async () => {
    const shared = { offset: 7 };
    async function* events(): AsyncGenerator<SseEvent | readonly SseEvent[]> {
      yield [
        { event: 'message', data: shared },
        { event: 'message', data: shared },
      ];
      yield [];
      yield { event: 'done', data: { reason: 'end' } };
    }
    const res = sseResponse(new Request('http://127.0.0.1/x'), events);
    const reader = res.body!.getReader();
    const chunks: string[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(new TextDecoder().decode(next.value));
    expect(chunks).toEqual(['event: message\ndata: {"offset":7}\n\nevent: message\ndata: {"offset":7}\n\n', 'event: done\ndata: {"reason":"end"}\n\n']);
  });
});
