import { describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, globMatches, isAllowed, permissionsOn, type Grant } from './permissions';

const grant = (role: keyof typeof BUILT_IN_ROLES, clusters = ['*'], topics?: string[]): Grant => ({
  role, permissions: BUILT_IN_ROLES[role], clusters, topics,
});

describe('globMatches', () => {
  it('matches literals exactly and * as any run', () => {
    expect(globMatches('prod', 'prod')).toBe(true);
    expect(globMatches('prod', 'prod2')).toBe(false);
    expect(globMatches('payments.*', 'payments.raw')).toBe(true);
    expect(globMatches('*.raw', 'payments.raw')).toBe(true);
    expect(globMatches('a*b*c', 'axxbyyc')).toBe(true);
    expect(globMatches('a*b*c', 'ac')).toBe(false);
    expect(globMatches('ab*ba', 'aba')).toBe(false);
  });
});

describe('isAllowed', () => {
  it('lets a viewer read but not change', () => {
    expect(isAllowed([grant('viewer')], 'topics:read', { cluster: 'c' })).toBe(true);
    expect(isAllowed([grant('viewer')], 'topics:delete', { cluster: 'c' })).toBe(false);
    expect(isAllowed([grant('viewer')], 'messages:produce', { cluster: 'c', topic: 't' })).toBe(false);
  });
  it('keeps topic deletion from operators', () => {
    expect(isAllowed([grant('operator')], 'topics:create', { cluster: 'c' })).toBe(true);
    expect(isAllowed([grant('operator')], 'topics:delete', { cluster: 'c' })).toBe(false);
    expect(isAllowed([grant('admin')], 'topics:delete', { cluster: 'c' })).toBe(true);
  });
  it('limits a grant to its clusters', () => {
    expect(isAllowed([grant('admin', ['dev-*'])], 'topics:delete', { cluster: 'prod' })).toBe(false);
    expect(isAllowed([grant('admin', ['dev-*'])], 'topics:delete', { cluster: 'dev-1' })).toBe(true);
  });
  it('limits message access to its topic patterns', () => {
    const g = [grant('viewer', ['*'], ['public.*'])];
    expect(isAllowed(g, 'messages:read', { cluster: 'c', topic: 'public.orders' })).toBe(true);
    expect(isAllowed(g, 'messages:read', { cluster: 'c', topic: 'payments' })).toBe(false);
    expect(isAllowed(g, 'topics:read', { cluster: 'c', topic: 'payments' })).toBe(true);
  });
  it('allows nothing without grants', () => {
    expect(isAllowed([], 'cluster:read', {})).toBe(false);
    expect(permissionsOn([], 'c')).toEqual([]);
  });
});
