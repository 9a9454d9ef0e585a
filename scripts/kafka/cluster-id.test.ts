import { describe, expect, it } from 'vitest';
import { clusterUuid } from './local-kafka.mjs';

describe('clusterUuid', () => {
  it('never starts with "-", which kafka-storage format -t would read as an option', () => {
    for (let i = 0; i < 5_000; i++) {
      const id = clusterUuid();
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
    }
  });
});
