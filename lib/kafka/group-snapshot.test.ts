import { describe, expect, it } from 'vitest';
import { parseCommittedOffset } from './group-snapshot';

describe('parseCommittedOffset', () => {
  it('reads Kafka string offsets and treats -1 as none', () => {
    expect(parseCommittedOffset('42')).toBe(42);
    expect(parseCommittedOffset('-1')).toBeNull();
    expect(parseCommittedOffset('not a number')).toBeNull();
  });
});
