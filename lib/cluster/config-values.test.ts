import { describe, expect, it } from 'vitest';
import type { ConfigEntry } from '../api/schemas/cluster';
import { configUnit, formatBytes, formatDurationMs, humanConfigValue, planConfigOperations, showsChange } from './config-values';

describe('human config values', () => {
  it('shows durations in the two largest units', () => {
    expect(humanConfigValue('retention.ms', '604800000', 'long')).toBe('7 d');
    expect(formatDurationMs(5_400_000)).toBe('1 h 30 min');
    expect(humanConfigValue('log.retention.hours', '168', 'int')).toBe('7 d');
    expect(formatDurationMs(0)).toBe('0 ms');
  });

  it('shows sizes in binary units', () => {
    expect(humanConfigValue('segment.bytes', '1073741824', 'int')).toBe('1 GiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(0)).toBe('0 B');
    expect(humanConfigValue('leader.replication.throttled.rate', '1048576', 'long')).toBe('1 MiB/s');
  });

  it('reads Long.MAX_VALUE and -1 as no limit', () => {
    expect(humanConfigValue('message.timestamp.after.max.ms', '9223372036854775807', 'long')).toBe('never');
    expect(humanConfigValue('retention.ms', '-1', 'long')).toBe('never');
    expect(humanConfigValue('retention.bytes', '-1', 'long')).toBe('unlimited');
  });

  it('leaves values without a unit, other negatives and passwords alone', () => {
    expect(humanConfigValue('min.insync.replicas', '2', 'int')).toBeNull();
    expect(humanConfigValue('local.retention.ms', '-2', 'long')).toBeNull();
    expect(humanConfigValue('ssl.keystore.password.bytes', '12', 'password')).toBeNull();
    expect(humanConfigValue('retention.ms', null, 'long')).toBeNull();
  });

  it('does not take counts named ".size" for bytes', () => {
    expect(configUnit('group.consumer.max.size')).toBeNull();
    expect(configUnit('log.cleaner.dedupe.buffer.size')).toBe('bytes');
  });
});

describe('config patch as IncrementalAlterConfigs operations', () => {
  it('turns each set and delete into one operation and nothing else', () => {
    expect(planConfigOperations({ set: { 'retention.ms': '1000' }, delete: ['cleanup.policy'] })).toEqual([
      { name: 'retention.ms', op: 'set', value: '1000' },
      { name: 'cleanup.policy', op: 'delete', value: null },
    ]);
  });

  it('refuses to set and delete the same key', () => {
    expect(() => planConfigOperations({ set: { a: '1' }, delete: ['a'] })).toThrow(/both set and delete a/);
  });
});

describe('whether a re-read shows a change', () => {
  const entry = (name: string, value: string, source: ConfigEntry['source']): ConfigEntry => ({ name, value, source, readOnly: false, sensitive: false });

  it('waits for the new value of a set key and the end of a deleted override', () => {
    const ops = [{ name: 'a', op: 'set' as const, value: '2' }, { name: 'b', op: 'delete' as const, value: null }];
    expect(showsChange([entry('a', '1', 'dynamic-topic'), entry('b', '5', 'default')], ops, 'dynamic-topic')).toBe(false);
    expect(showsChange([entry('a', '2', 'dynamic-topic'), entry('b', '9', 'dynamic-topic')], ops, 'dynamic-topic')).toBe(false);
    expect(showsChange([entry('a', '2', 'dynamic-topic'), entry('b', '5', 'default')], ops, 'dynamic-topic')).toBe(true);
  });
});
