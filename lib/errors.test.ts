import { describe, expect, it } from 'vitest';
import { FluxoError } from './errors';

describe('FluxoError', () => {
  it('is recognised by instanceof also when made by another copy of the class (one per route bundle)', () => {
    const brand = Symbol.for('fluxo.FluxoError');
    const fromAnotherBundle = Object.assign(new Error('busy'), { [brand]: true, code: 'too_many_requests', status: 429 });
    expect(fromAnotherBundle instanceof FluxoError).toBe(true);
    expect(new FluxoError('not_found', 'x') instanceof FluxoError).toBe(true);
    expect(new Error('plain') instanceof FluxoError).toBe(false);
    expect((null as unknown as object) instanceof FluxoError).toBe(false);
  });
});
