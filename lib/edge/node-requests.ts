// What must happen in Node's own HTTP server, before Next.js sees a request:
// - Who the request comes from, for the per-client reader caps. Next.js hands route handlers no socket, and
//   its x-forwarded-for keeps whatever the client sent; so each request is stamped with the socket's peer
//   address under a header of ours, replacing any value the client sent under that name.
// - TRACE and TRACK: the Fetch API cannot represent them (new Request() throws), so Next.js would answer
//   500 before proxy.ts runs. They are refused here with 405 in the API's error shape.
import http from 'node:http';
import { apiHeaders } from './security-headers';

export const CLIENT_ADDRESS_HEADER = 'x-fluxo-client-address';

const UNREPRESENTABLE_METHODS = new Set(['TRACE', 'TRACK']);
const PATCHED = Symbol.for('fluxo.nodeRequestEdge');

function refuseMethod(req: http.IncomingMessage, res: http.ServerResponse): void {
  const requestId = crypto.randomUUID();
  const body = JSON.stringify({ error: { code: 'method_not_allowed', message: `${req.method} is not allowed on this server` } });
  const headers = apiHeaders(requestId, { allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS', 'content-type': 'application/json' });
  res.writeHead(405, Object.fromEntries(headers));
  res.end(body);
}

/** Called once at server start (instrumentation.ts). */
export function installNodeRequestEdge(): void {
  const proto = http.Server.prototype as http.Server & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function edgeEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage;
      if (UNREPRESENTABLE_METHODS.has(req.method ?? '')) {
        refuseMethod(req, args[1] as http.ServerResponse);
        return true;
      }
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
