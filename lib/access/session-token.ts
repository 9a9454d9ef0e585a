// Signed session cookies: payload.signature, HMAC-SHA256 over the payload with the server's secret. The
// payload names the user and when the session ends; nothing secret is in it (the cookie is http-only anyway).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface SessionClaims {
  /** Session id, so one session can be revoked without the others. */
  sid: string;
  username: string;
  /** Groups from the identity provider (or the config file), which roles are bound to. */
  groups: string[];
  source: 'password' | 'oidc';
  issuedAtMs: number;
  expiresAtMs: number;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function newSessionId(): string {
  return randomBytes(18).toString('base64url');
}

export function encodeSession(claims: SessionClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The claims of a well-signed, unexpired session; null for anything else (forged, expired, malformed). */
export function decodeSession(token: string, secret: string, nowMs: number): SessionClaims | null {
  const dot = token.indexOf('.');
  if (dot <= 0 || token.length > 8192) return null;
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = Buffer.from(sign(payload, secret), 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!isClaims(claims) || claims.expiresAtMs <= nowMs) return null;
  return claims;
}

function isClaims(v: unknown): v is SessionClaims {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  return (
    typeof c.sid === 'string' && typeof c.username === 'string' && Array.isArray(c.groups)
    && c.groups.every((g) => typeof g === 'string') && (c.source === 'password' || c.source === 'oidc')
    && typeof c.issuedAtMs === 'number' && typeof c.expiresAtMs === 'number'
  );
}
