import { describe, expect, it } from 'vitest';
import { newToken, parseToken, secretMatches } from './api-token';

describe('API tokens', () => {
  it('parse back into id and a secret that matches its stored hash', () => {
    const t = newToken();
    const parsed = parseToken(t.token)!;
    expect(parsed.id).toBe(t.id);
    expect(secretMatches(parsed.secret, t.secretHash)).toBe(true);
    expect(t.secretHash).not.toContain(parsed.secret);
  });
  it('refuse another secret and malformed tokens', () => {
    const t = newToken();
    expect(secretMatches('x'.repeat(43), t.secretHash)).toBe(false);
    for (const bad of ['', 'fxt_', 'fxt_short_x', `Bearer ${t.token}`, t.token.replace('fxt_', 'fxx_')]) expect(parseToken(bad)).toBeNull();
  });
});
