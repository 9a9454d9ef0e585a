import { describe, expect, it } from 'vitest';
import { grantsFor } from './grants';
import { isLoopbackHost, listenHost } from './listen-address';
import { isAllowed } from './permissions';

describe('grantsFor', () => {
  const roles = [{ name: 'auditor', permissions: ['audit:read' as const] }];
  const bindings = [
    { role: 'admin', users: ['ana'], groups: [], clusters: ['*'] },
    { role: 'viewer', users: [], groups: ['devs'], clusters: ['dev'] },
    { role: 'auditor', users: [], groups: ['sec'], clusters: ['*'] },
  ];
  it('binds roles to users by name and by group', () => {
    expect(grantsFor({ username: 'ana', groups: [] }, roles, bindings).map((g) => g.role)).toEqual(['admin']);
    expect(grantsFor({ username: 'bo', groups: ['devs', 'sec'] }, roles, bindings).map((g) => g.role)).toEqual(['viewer', 'auditor']);
    expect(grantsFor({ username: 'cy', groups: ['other'] }, roles, bindings)).toEqual([]);
  });
  it('gives custom roles only their own permissions', () => {
    const g = grantsFor({ username: 'bo', groups: ['sec'] }, roles, bindings);
    expect(isAllowed(g, 'audit:read', { cluster: 'x' })).toBe(true);
    expect(isAllowed(g, 'topics:read', { cluster: 'x' })).toBe(false);
  });
});

describe('listen address', () => {
  it('knows loopback names', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]']) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.1', 'fluxo.example.com', '']) expect(isLoopbackHost(h)).toBe(false);
  });
  it('reads next start -H and HOSTNAME', () => {
    expect(listenHost(['next', 'start', '-H', '127.0.0.1'], {})).toBe('127.0.0.1');
    expect(listenHost(['next', 'start', '--hostname=0.0.0.0'], {})).toBe('0.0.0.0');
    expect(listenHost(['next', 'start'], { HOSTNAME: 'localhost' })).toBe('localhost');
    expect(listenHost(['next', 'start'], {})).toBeUndefined();
  });
});
