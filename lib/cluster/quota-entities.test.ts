import { describe, expect, it } from 'vitest';
import { fromEntityParts, quotaOps, sortQuotas, toEntityParts } from './quota-entities';

describe('quota entities', () => {
  it('maps users, client ids and defaults (null) to Kafka entity parts and back', () => {
    expect(toEntityParts({ user: 'alice', clientId: null })).toEqual([{ type: 'user', name: 'alice' }, { type: 'client-id', name: null }]);
    expect(fromEntityParts([{ type: 'client-id', name: 'app' }])).toEqual({ clientId: 'app' });
    expect(fromEntityParts([{ type: 'ip', name: '10.0.0.1' }])).toBeNull();
  });

  it('turns set and remove into AlterClientQuotas operations', () => {
    expect(quotaOps({ entity: { user: 'a' }, set: { producer_byte_rate: 10 }, remove: ['request_percentage'] })).toEqual([
      { key: 'producer_byte_rate', value: 10, remove: false },
      { key: 'request_percentage', value: 0, remove: true },
    ]);
  });

  it('sorts defaults before named entities', () => {
    const sorted = sortQuotas([{ entity: { user: 'bob' }, values: {} }, { entity: { user: null }, values: {} }]);
    expect(sorted.map((q) => q.entity.user)).toEqual([null, 'bob']);
  });
});
