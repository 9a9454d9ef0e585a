// The browser's reader of the API's Server-Sent Events (search, tail): fetch + a streamed body, so an
// error answer (400 with a position, 404) arrives as an ApiError instead of EventSource's silent retry.
import type { ZodType } from 'zod';
import { ApiError } from './client';
import { errorBodySchema } from './schemas/common';
import { takeSseEvents } from './sse-parse';

/** Calls onEvent for each event until the stream ends or the signal aborts; rejects with ApiError. */
export async function readEventStream<E>(path: string, schema: ZodType<E>, onEvent: (event: E) => void, signal: AbortSignal): Promise<void> {
  let res: Response;
  try {
    res = await fetch(path, { signal, headers: { accept: 'text/event-stream' } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') return;
    throw new ApiError('unavailable', 'The Fluxo server cannot be reached', 0);
  }
  if (!res.ok || !res.body) {
    const body = errorBodySchema.safeParse(await res.json().catch(() => null));
    if (body.success) throw new ApiError(body.data.error.code, body.data.error.message, res.status);
    throw new ApiError('internal', `The server answered ${res.status}`, res.status);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const { events, rest } = takeSseEvents(buffer + value);
      buffer = rest;
      for (const { event, data } of events) {
        const parsed = schema.safeParse({ event, data: JSON.parse(data) });
        if (!parsed.success) throw new ApiError('internal', 'The server sent an event in an unexpected shape', res.status);
        onEvent(parsed.data);
      }
    }
  } catch (err) {
    if ((err as Error).name === 'AbortError') return;
    throw err;
  } finally {
    reader.cancel().catch(() => {});
  }
}
