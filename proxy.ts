// Runs before routing, for pages and the API: refuses unknown Host names (DNS rebinding), malformed path
// encoding and methods no endpoint declares, all in the API's error shape; gives each page a fresh CSP nonce
// (Next.js puts it on its own scripts) and the security headers; hands the request id on to the route.
// API routes check Host and origin again in lib/api/route.ts: this file is a first line, not the only one.
import { NextResponse, type NextRequest } from 'next/server';
import { allEndpoints } from './lib/api/endpoints';
import { methodsForPath } from './lib/api/route-match';
import { refusalResponse } from './lib/edge/error-answer';
import { assertAllowedHost } from './lib/edge/request-checks';
import { pageSecurityHeaders, setHeaders } from './lib/edge/security-headers';
import { allowedHosts } from './lib/edge/settings';
import { FluxoError, notFound } from './lib/errors';

const declaredMethods = methodsForPath(allEndpoints);
/** Methods a route file may export; anything else (TRACE, PROPFIND, …) is refused before routing. */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

function assertDecodablePath(pathname: string): void {
  for (const segment of pathname.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      throw new FluxoError('bad_request', `The path is not valid percent-encoded UTF-8: ${segment.slice(0, 40)}`);
    }
  }
}

function assertDeclaredMethod(method: string, pathname: string): void {
  // /api itself is no route and the catch-all needs a segment; without this it would get the HTML 404 page.
  if (pathname === '/api' || pathname === '/api/') throw notFound(`No API route ${method} ${pathname}`);
  if (method === 'HEAD' || method === 'OPTIONS') return;
  const allowed = declaredMethods(pathname);
  // Unknown paths with an ordinary method reach the catch-all route, which answers 404.
  if (allowed.length === 0 && KNOWN_METHODS.has(method)) return;
  if (allowed.includes(method)) return;
  const allow = (allowed.length ? allowed : ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']).sort().join(', ');
  throw new FluxoError('method_not_allowed', `${method} is not allowed on ${pathname} (allowed: ${allow})`, {
    headers: { allow },
  });
}

export function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  const { pathname } = request.nextUrl;
  const isApi = pathname === '/api' || pathname.startsWith('/api/');
  try {
    assertAllowedHost(request.headers.get('host'), allowedHosts());
    assertDecodablePath(pathname);
    if (isApi) assertDeclaredMethod(request.method.toUpperCase(), pathname);
  } catch (err) {
    if (err instanceof FluxoError) return refusalResponse(err, requestId);
    throw err;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-request-id', requestId);
  if (isApi) return NextResponse.next({ request: { headers: requestHeaders } });

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const security = pageSecurityHeaders(nonce);
  // Next.js reads the nonce from the request's CSP header and marks its inline and chunk scripts with it.
  requestHeaders.set('content-security-policy', security['content-security-policy']!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  setHeaders(response.headers, security);
  response.headers.set('x-request-id', requestId);
  return response;
}

export const config = {
  // Static build output is immutable and holds nothing to protect; next.config.ts gives it the static headers.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
