// Headers every answer carries: no framing (clickjacking), no MIME sniffing, no referrer to other sites,
// no powerful browser features, and a Content-Security-Policy. Pages get a per-request nonce for Next.js's
// inline scripts; API answers are data and may load nothing at all.

const COMMON: Record<string, string> = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** API answers (JSON, streams, downloads) render nothing, so their policy allows nothing. */
export const apiSecurityHeaders: Record<string, string> = {
  ...COMMON,
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

/**
 * The console's pages: scripts only from this origin or carrying the request's nonce (Next.js marks its
 * inline bootstrap scripts with it); 'strict-dynamic' lets those load the chunks they import. Styles allow
 * inline attributes because Recharts and the theme set style="" on elements. Data comes from this origin.
 */
export function pageContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function pageSecurityHeaders(nonce: string): Record<string, string> {
  return { ...COMMON, 'content-security-policy': pageContentSecurityPolicy(nonce) };
}

/** Headers of every API answer: no caching of live cluster state, the request id, the security headers. */
export function apiHeaders(requestId: string, extra?: Record<string, string>): Headers {
  return new Headers({ ...apiSecurityHeaders, 'cache-control': 'no-store', 'x-request-id': requestId, ...extra });
}

export function setHeaders(headers: Headers, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) headers.set(name, value);
}
