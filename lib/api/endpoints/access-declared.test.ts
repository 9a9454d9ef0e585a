import { describe, expect, it } from 'vitest';
import { allEndpoints } from './index';

describe('endpoint access', () => {
  it('is declared by every endpoint, so none relies on the default', () => {
    const undeclared = allEndpoints.filter((e) => e.access === undefined).map((e) => `${e.method} ${e.path}`);
    expect(undeclared).toEqual([]);
  });
  it('keeps only sign-in and documentation public', () => {
    const open = allEndpoints.filter((e) => e.access === 'public').map((e) => e.path).sort();
    expect(open.every((p) => p.startsWith('/api/auth/') || p === '/api/openapi.json' || p === '/api/health' || p === '/api/ready')).toBe(true);
  });
});
