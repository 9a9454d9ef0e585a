import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession, type SessionClaims } from './session-token';

const claims: SessionClaims = {
  sid: 's1', username: 'ana', groups: ['ops'], source: 'password', issuedAtMs: 1_000, expiresAtMs: 10_000,
};

describe('session tokens', () => {
  it('round-trip with the same secret before they expire', () => {
    expect(decodeSession(encodeSession(claims, 'k'), 'k', 5_000)).toEqual(claims);
  });
  it('are refused with another secret', () => {
    expect(decodeSession(encodeSession(claims, 'k'), 'other', 5_000)).toBeNull();
  });
  it('are refused once expired', () => {
    expect(decodeSession(encodeSession(claims, 'k'), 'k', 10_000)).toBeNull();
  });
  it('are refused when the payload was changed', () => {
    const [, sig] = encodeSession(claims, 'k').split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, username: 'root' })).toString('base64url');
    expect(decodeSession(`${forged}.${sig}`, 'k', 5_000)).toBeNull();
  });
  it('are refused when malformed', () => {
    for (const t of ['', '.', 'abc', 'abc.', '.abc', 'a.b.c']) expect(decodeSession(t, 'k', 5_000)).toBeNull();
  });
});
