import { describe, expect, it } from 'vitest';
import type { ConfigEntry } from '../api/schemas/cluster';
import { currentOverrides, mergeOverrides } from './configs';

const entry = (name: string, value: string | null, source: ConfigEntry['source'], sensitive = false): ConfigEntry => ({ name, value, source, readOnly: false, sensitive });

describe('currentOverrides', () => {
  it('keeps only the topic-level overrides', () => {
    const entries = [entry('retention.ms', '1000', 'dynamic-topic'), entry('cleanup.policy', 'delete', 'default'), entry('segment.bytes', '1048576', 'static-broker')];
    expect(currentOverrides(entries)).toEqual({ 'retention.ms': '1000' });
  });

  it('refuses to rewrite a set holding a masked sensitive override', () => {
    expect(() => currentOverrides([entry('secret', null, 'dynamic-topic', true)])).toThrow(/sensitive/);
  });
});

describe('mergeOverrides', () => {
  const current = { 'retention.ms': '1000', 'max.message.bytes': '2048' };

  it('changes one key and keeps every other override', () => {
    expect(mergeOverrides(current, { set: { 'retention.ms': '5000' }, delete: [] })).toEqual({ 'retention.ms': '5000', 'max.message.bytes': '2048' });
  });

  it('adds new keys and removes deleted ones', () => {
    expect(mergeOverrides(current, { set: { 'cleanup.policy': 'compact' }, delete: ['max.message.bytes'] })).toEqual({ 'retention.ms': '1000', 'cleanup.policy': 'compact' });
  });

  it('refuses a key that is both set and deleted', () => {
    expect(() => mergeOverrides(current, { set: { 'retention.ms': '1' }, delete: ['retention.ms'] })).toThrow(/both set and delete/);
  });
});
