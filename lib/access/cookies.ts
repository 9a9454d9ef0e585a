import 'server-only';
// The session cookie: http-only (no script reads it), SameSite=Lax (not sent on cross-site POSTs),
// Secure whenever the console is reached over TLS, and ending with the session.

function isTls(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

export function setCookie(request: Request, name: string, value: string, maxAgeSeconds: number, path = '/'): string {
  const parts = [`${name}=${value}`, `Path=${path}`, 'HttpOnly', 'SameSite=Lax', `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`];
  if (isTls(request)) parts.push('Secure');
  return parts.join('; ');
}

export function clearCookie(request: Request, name: string, path = '/'): string {
  return setCookie(request, name, '', 0, path);
}
