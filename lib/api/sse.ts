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

const encoder = new TextEncoder();
/** A comment line now and then keeps proxies from closing a quiet stream. */
const KEEPALIVE_MS = 15_000;

export function sseResponse(request: Request, produce: (signal: AbortSignal) => AsyncGenerator<SseEvent>): Response {
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
        const next = await events.next();
        if (left()) return;
        if (next.done) {
          clearInterval(keepalive);
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(`event: ${next.value.event}\ndata: ${JSON.stringify(next.value.data)}\n\n`));
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
