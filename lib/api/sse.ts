import 'server-only';
// Streamed answers from async generators: Server-Sent Events (search, tail) and plain text (exports).
// The generator gets a signal that aborts when the client goes away (request aborted or stream
// cancelled), so readers stop fetching from Kafka at once. A piece that arrives after the client left is
// dropped: the stream is closed by then, and writing to it would only throw.
import { FluxoError } from '../errors';

export interface SseEvent {
  event: string;
  data: unknown;
}

/**
 * Data objects already serialized, by identity: fifty tails of a topic nothing masks send the same message
 * objects, serialized once. Yielded data is never changed afterwards.
 */
const serialized = new WeakMap<object, string>();

function eventText({ event, data }: SseEvent): string {
  if (data === null || typeof data !== 'object') return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
  let json = serialized.get(data);
  if (json === undefined) serialized.set(data, (json = JSON.stringify(data)));
  return `event: ${event}\ndata: ${json}\n\n`;
}

const encoder = new TextEncoder();
/** A comment line now and then keeps proxies from closing a quiet stream. */
const KEEPALIVE_MS = 15_000;

/** A generator may yield several events at once (a tail's batch of messages): they go out as one write. */
export function sseResponse(request: Request, produce: (signal: AbortSignal) => AsyncGenerator<SseEvent | readonly SseEvent[]>): Response {
  const stop = new AbortController();
  request.signal.addEventListener('abort', () => stop.abort(), { once: true });
  const events = produce(stop.signal);
  let keepalive: NodeJS.Timeout | undefined;
  const left = () => stop.signal.aborted;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      keepalive = setInterval(() => {
        try {
          controller.enqueue(encoder.encode(': keepalive\n\n'));
        } catch {
          clearInterval(keepalive);
        }
      }, KEEPALIVE_MS);
    },
    async pull(controller) {
      try {
        // Each pull writes something (or ends): a pull that enqueues nothing would not be called again.
        for (;;) {
          const next = await events.next();
          if (left()) return;
          if (next.done) {
            clearInterval(keepalive);
            controller.close();
            return;
          }
          const batch: readonly SseEvent[] = Array.isArray(next.value) ? next.value : [next.value as SseEvent];
          if (batch.length === 0) continue;
          controller.enqueue(encoder.encode(batch.map(eventText).join('')));
          return;
        }
      } catch (err) {
        clearInterval(keepalive);
        if (left()) return;
        const e = err instanceof FluxoError ? err : new FluxoError('internal', 'The read failed; see the server log');
        if (!(err instanceof FluxoError)) console.error('[fluxo] stream failed:', err);
        controller.enqueue(encoder.encode(`event: error\ndata: ${JSON.stringify({ code: e.code, message: e.message })}\n\n`));
        controller.close();
      }
    },
    async cancel() {
      clearInterval(keepalive);
      stop.abort();
      await events.return(undefined);
    },
  });
  return new Response(body, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' },
  });
}

/** A streamed text download (e.g. an export) from a generator of text pieces. */
export function textStreamResponse(request: Request, produce: (signal: AbortSignal) => AsyncGenerator<string>, headers: Record<string, string>): Response {
  const stop = new AbortController();
  request.signal.addEventListener('abort', () => stop.abort(), { once: true });
  const pieces = produce(stop.signal);
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (stop.signal.aborted) return;
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      stop.abort();
      await pieces.return(undefined);
    },
  });
  return new Response(body, { headers: { ...headers, 'cache-control': 'no-store' } });
}
