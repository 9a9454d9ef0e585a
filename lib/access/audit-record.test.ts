import { describe, expect, it } from 'vitest';
import { auditParameters } from './audit-record';

describe('auditParameters', () => {
  it('keeps names and shapes but drops message contents and secrets', () => {
    expect(auditParameters({ key: 'k', value: '{"card":"4111"}', headers: [{ key: 'a', value: 'b' }], partition: 2 }))
      .toEqual({ key: '(omitted)', value: '(omitted)', headers: '(omitted)', partition: 2 });
    expect(auditParameters({ username: 'ana', password: 'hunter2' })).toEqual({ username: 'ana', password: '(omitted)' });
  });
  it('bounds long strings and deep objects', () => {
    expect((auditParameters('x'.repeat(1000)) as string).length).toBeLessThan(300);
    expect(auditParameters({ a: { b: { c: { d: { e: 1 } } } } })).toEqual({ a: { b: { c: { d: '…' } } } });
  });
  it('keeps the inputs that describe a change', () => {
    expect(auditParameters({ topic: 't', to: { timestamp: 5 }, dryRun: false, confirm: 't' }))
      .toEqual({ topic: 't', to: { timestamp: 5 }, dryRun: false, confirm: 't' });
  });
});
