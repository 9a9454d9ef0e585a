import 'server-only';
// The one wrapper every API route passes through:
//   request id → Host → same origin (mutations) → JSON content type (mutations) → zod (params)
//   → guard (access control) → zod (query, body within the size limit) → reader slot (search, export,
//   tail: 429 beyond the caps) → the handler → JSON, or its own Response (streams, downloads)
// with errors mapped once (respond.ts) and the API's headers on every answer. proxy.ts checks Host and
// method too, before routing; this wrapper checks again, because a route must never rely on a matcher.
import type { z, ZodType } from 'zod';
import { FluxoError, notFound } from '../errors';
import { assertAllowedHost, assertJsonMutation, assertSameOrigin } from '../edge/request-checks';
import { clientAddressOf } from '../edge/node-requests';
import { readerSlots } from '../edge/reader-slots';
import { allowedHosts, maxBodyBytes } from '../edge/settings';
import type { Endpoint } from './endpoint';
import { auditRequest, authorizeCaller, identifyCaller } from '../access/request-access';
import type { Principal } from '../access/principal';
import { apiHeaders } from '../edge/security-headers';
import { errorResponse, newRequestId, parseJsonText } from './respond';

type Parsed<E, K extends 'params' | 'query' | 'body'> = E extends { [P in K]: infer S extends ZodType } ? z.output<S> : Record<string, never>;

export interface RouteInput<E extends Endpoint> {
  params: Parsed<E, 'params'>;
  query: Parsed<E, 'query'>;
  body: Parsed<E, 'body'>;
  request: Request;
  /** Aborts when the client goes away. */
  signal: AbortSignal;
  requestId: string;
  /** Who is asking; null only on public endpoints when nobody is signed in. */
  principal: Principal | null;
}

/** What Next.js passes a route handler: the dynamic segments of its folder path. */
export interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

/** A handler answers data (sent as JSON with the endpoint's status) or a Response of its own (streams, downloads). */
export type RouteHandler<E extends Endpoint> = (input: RouteInput<E>) => Promise<unknown>;

/** proxy.ts forwards its request id so a page's and its API calls' log lines match; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

function requestIdOf(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && REQUEST_ID.test(given) ? given : newRequestId();
}

/** Reads at most `limitBytes` of the body: a larger one is refused with 413 without buffering it all. */
async function readBodyText(request: Request, limitBytes: number): Promise<string> {
  const tooLarge = () => new FluxoError('payload_too_large', `The request body is larger than ${limitBytes} bytes`);
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FluxoError('bad_request', 'The request body is not valid UTF-8');
  }
}

/** Our headers on a Response a handler built itself; a Response with frozen headers is copied. */
function withApiHeaders(response: Response, requestId: string): Response {
  const extra = apiHeaders(requestId);
  try {
    for (const [name, value] of extra) if (name !== 'cache-control' || !response.headers.has(name)) response.headers.set(name, value);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    for (const [name, value] of extra) headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/** A streamed answer that gives its reader slot back when it ends, fails, is cancelled or its client leaves. */
function releasingWhenDone(response: Response, release: () => void, clientGone: AbortSignal): Response {
  if (!response.body) {
    release();
    return response;
  }
  const source = response.body.getReader();
  clientGone.addEventListener('abort', release, { once: true });
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await source.read();
        if (next.done) {
          release();
          controller.close();
        } else controller.enqueue(next.value);
      } catch (err) {
        release();
        controller.error(err);
      }
    },
    async cancel(reason) {
      release();
      await source.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * The Next.js handler for one endpoint: `export const GET = route(getTopicEndpoint, ({ params }) => getTopic(...))`.
 * The method is the endpoint's; the route file exports it under that name.
 */
export function route<const E extends Endpoint>(endpoint: E, handler: RouteHandler<E>) {
  return async function handle(request: Request, context: RouteContext): Promise<Response> {
    const requestId = requestIdOf(request);
    let principal: Principal | null = null;
    let identified = false;
    let params: Record<string, unknown> = {};
    let query: unknown = {};
    let body: unknown = {};
    const audit = (status: number, error?: unknown) => {
      if (!identified) return;
      auditRequest({ endpoint, principal, request, clientAddress: clientAddressOf(request.headers), params, query, body, status, error, requestId });
    };
    try {
      const allowed = allowedHosts();
      assertAllowedHost(request.headers.get('host'), allowed);
      assertSameOrigin(request.method, request.headers, allowed);
      assertJsonMutation(request.method, request.headers);
      principal = await identifyCaller(endpoint, request);
      identified = true;
      // Permission before validation: a caller who may not use the route learns nothing about its inputs.
      const rawParams: Record<string, unknown> = (await context?.params) ?? {};
      // A refused request is audited with the target it named.
      params = rawParams;
      authorizeCaller(endpoint, principal, rawParams);
      params = endpoint.params ? endpoint.params.parse(rawParams) : {};
      query = endpoint.query ? endpoint.query.parse(Object.fromEntries(new URL(request.url).searchParams)) : {};
      body = endpoint.body ? endpoint.body.parse(parseJsonText(await readBodyText(request, maxBodyBytes()))) : {};
      // Next.js answers HEAD with the GET handler and drops the body unread: a reader would start and never stop.
      if (request.method === 'HEAD' && endpoint.reader) {
        return new Response(null, { status: 200, headers: apiHeaders(requestId, { 'content-type': endpoint.contentType ?? 'application/json' }) });
      }
      const input = { params, query, body, request, signal: request.signal, requestId, principal } as RouteInput<E>;
      const release = endpoint.reader ? readerSlots.acquire(String((params as { cluster?: unknown }).cluster), clientAddressOf(request.headers)) : undefined;
      let result: unknown;
      try {
        result = await handler(input);
      } catch (err) {
        release?.();
        throw err;
      }
      if (result instanceof Response) {
        audit(result.status);
        return withApiHeaders(release ? releasingWhenDone(result, release, request.signal) : result, requestId);
      }
      release?.();
      audit(endpoint.status ?? 200);
      return Response.json(result, { status: endpoint.status ?? 200, headers: apiHeaders(requestId) });
    } catch (err) {
      const response = errorResponse(err, requestId);
      audit(response.status, err);
      return response;
    }
  };
}

/** Paths no endpoint declares answer in the API's error shape (after the Host check), not with an HTML page. */
export async function unknownApiRoute(request: Request): Promise<Response> {
  const requestId = requestIdOf(request);
  try {
    assertAllowedHost(request.headers.get('host'), allowedHosts());
    throw notFound(`No API route ${request.method} ${new URL(request.url).pathname}`);
  } catch (err) {
    return errorResponse(err, requestId);
  }
}
