// API tokens for scripts and CI: `fxt_<id>_<secret>`. Only a SHA-256 of the secret is stored; the token
// itself is shown once, when it is made. Pure.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN = /^fxt_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{32,64})$/;

export interface NewToken {
  id: string;
  /** Shown once to its maker, never stored. */
  token: string;
  secretHash: string;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomId(): string {
  return Array.from(randomBytes(12), (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newToken(): NewToken {
  const id = randomId();
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `fxt_${id}_${secret}`, secretHash: hashSecret(secret) };
}

export function parseToken(token: string): { id: string; secret: string } | null {
  const m = TOKEN.exec(token);
  return m ? { id: m[1]!, secret: m[2]! } : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
