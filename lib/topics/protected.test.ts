import { describe, expect, it } from 'vitest';
import { assertTopicChangeAllowed, isProtectedTopic } from './protected';

const cluster = { name: 'prod' };

describe('protected topics', () => {
  it('protects topics Kafka marks internal and every "__" topic', () => {
    expect(isProtectedTopic('__consumer_offsets', true)).toBe(true);
    expect(isProtectedTopic('__fluxo_lag_history', false)).toBe(true);
    expect(isProtectedTopic('some-internal-by-kafka', true)).toBe(true);
    expect(isProtectedTopic('_schemas', false)).toBe(false);
    expect(isProtectedTopic('orders__v2', false)).toBe(false);
  });

  it('refuses with 403 saying why and how to allow it', () => {
    expect(() => assertTopicChangeAllowed(cluster, { name: '__transaction_state', internal: true }, 'delete')).toThrow(
      expect.objectContaining({ status: 403, message: expect.stringMatching(/cannot be deleted: Kafka marks it internal.*allowInternalTopicChanges: true on cluster "prod"/) }),
    );
    expect(() => assertTopicChangeAllowed(cluster, { name: '__fluxo_audit', internal: false }, 'purge')).toThrow(/cannot be purged: its name starts with "__"/);
  });

  it('lets ordinary topics through, and protected ones when the cluster allows it', () => {
    expect(() => assertTopicChangeAllowed(cluster, { name: 'orders', internal: false }, 'reconfigure')).not.toThrow();
    expect(() => assertTopicChangeAllowed({ ...cluster, allowInternalTopicChanges: true }, { name: '__consumer_offsets', internal: true }, 'grow')).not.toThrow();
  });
});
