// Who a request comes from, for the per-client reader caps. Next.js hands route handlers no socket, and
// its own x-forwarded-for keeps whatever the client sent; so the Node server stamps each request with the
// socket's peer address under a header of ours, replacing any value the client sent under that name.
import http from 'node:http';

export const CLIENT_ADDRESS_HEADER = 'x-fluxo-client-address';

const PATCHED = Symbol.for('fluxo.clientAddressStamp');

/** Called once at server start (instrumentation.ts). */
export function stampClientAddresses(): void {
  const proto = http.Server.prototype as http.Server & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function stampingEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage;
      req.headers[CLIENT_ADDRESS_HEADER] = req.socket?.remoteAddress ?? 'unknown';
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}

/**
 * The client's address: the socket's peer, or behind a reverse proxy (FLUXO_TRUST_FORWARDED_FOR=1) the last
 * X-Forwarded-For entry, the one that proxy added (earlier entries are whatever the client claimed).
 */
export function clientAddressOf(headers: Headers): string {
  if (process.env.FLUXO_TRUST_FORWARDED_FOR === '1') {
    const forwarded = headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
    const last = forwarded?.[forwarded.length - 1];
    if (last) return last;
  }
  return headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
}
