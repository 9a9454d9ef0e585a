// What a request must show before any route looks at it: a Host the server answers to, no other site
// behind a state-changing request, a JSON body on mutations. Pure functions of the request's headers,
// shared by proxy.ts (pages and the API, before routing) and the API route wrapper (which checks again:
// a proxy matcher can be changed, the wrapper cannot be bypassed).
import { FluxoError } from '../errors';

/** Methods that change something: a browser sends POST cross-site without asking, so these are checked. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isStateChanging(method: string): boolean {
  return STATE_CHANGING.has(method.toUpperCase());
}

/** Loopback names the server always answers to, with any port. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name of a Host header value, lower case, without its port: "[::1]:3000" → "[::1]". */
export function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end < 0 ? host : host.slice(0, end + 1);
  }
  const colon = host.indexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}

/** FLUXO_ALLOWED_HOSTS: comma-separated names ("console.example.com") or host:port pairs. */
export function parseAllowedHosts(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1 reaches this server with
 * "Host: evil.example". Only names the operator chose are served.
 */
export function isAllowedHost(hostHeader: string | null, allowed: string[]): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.trim().toLowerCase();
  const name = hostName(host);
  if (LOOPBACK_HOSTS.has(name)) return true;
  return allowed.some((a) => a === host || a === name);
}

export function assertAllowedHost(hostHeader: string | null, allowed: string[]): void {
  if (isAllowedHost(hostHeader, allowed)) return;
  throw new FluxoError(
    'misdirected',
    `This server does not answer to the host "${hostHeader ?? ''}"; add it to FLUXO_ALLOWED_HOSTS to allow it`,
  );
}

/**
 * A state-changing request from another site is refused: its Origin names a different host than the one
 * asked (or than a configured public name, for a reverse proxy that rewrites Host), or the browser says so
 * in Sec-Fetch-Site. Requests without either (curl, scripts) pass.
 */
export function assertSameOrigin(method: string, headers: Headers, allowed: string[]): void {
  if (!isStateChanging(method)) return;
  const fetchSite = headers.get('sec-fetch-site')?.toLowerCase();
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') {
    throw new FluxoError('forbidden', 'Refused: the request comes from another site (Sec-Fetch-Site: ' + fetchSite + ')');
  }
  const origin = headers.get('origin');
  if (origin === null) return;
  let originHost: string | undefined;
  try {
    originHost = origin === 'null' ? undefined : new URL(origin).host.toLowerCase();
  } catch {
    originHost = undefined;
  }
  const host = headers.get('host')?.trim().toLowerCase();
  const known = originHost !== undefined && (originHost === host || allowed.some((a) => a === originHost || a === hostName(originHost)));
  if (!known) {
    throw new FluxoError('forbidden', `Refused: the request comes from another origin (${origin})`);
  }
}

export function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

/**
 * Every mutation carries a JSON content type: a browser cannot send one cross-site without a CORS preflight
 * (which this server never grants), so a form or text/plain post from another page stops here.
 */
export function assertJsonMutation(method: string, headers: Headers): void {
  if (!isStateChanging(method)) return;
  if (isJsonContentType(headers.get('content-type'))) return;
  throw new FluxoError(
    'unsupported_media_type',
    `A ${method.toUpperCase()} request needs "content-type: application/json" (got ${headers.get('content-type') ?? 'none'})`,
  );
}
