import { describe, expect, it } from 'vitest';
import { toConfigEntries, toConfigEntry } from './config-entries';
import { filterConfigEntries } from './config-filter';

describe('config entries', () => {
  it('masks sensitive values', () => {
    const e = toConfigEntry({ configName: 'ssl.key.password', configValue: 'secret', readOnly: false, isDefault: false, configSource: 4, isSensitive: true });
    expect(e).toEqual({ name: 'ssl.key.password', value: null, source: 'static-broker', readOnly: false, sensitive: true });
  });

  it('names each Kafka config source', () => {
    const sources = [1, 2, 3, 4, 5, 6, 0].map(
      (configSource) => toConfigEntry({ configName: 'x', configValue: '1', readOnly: false, isDefault: false, configSource, isSensitive: false }).source,
    );
    expect(sources).toEqual(['dynamic-topic', 'dynamic-broker', 'dynamic-default-broker', 'static-broker', 'default', 'dynamic-broker-logger', 'unknown']);
  });

  it('sorts entries by name', () => {
    const names = toConfigEntries([
      { configName: 'b', configValue: '1', readOnly: false, isDefault: true, configSource: 5, isSensitive: false },
      { configName: 'a', configValue: '1', readOnly: false, isDefault: true, configSource: 5, isSensitive: false },
    ]).map((e) => e.name);
    expect(names).toEqual(['a', 'b']);
  });

  it('filters by name, case-insensitively, and by overrides', () => {
    const entries = toConfigEntries([
      { configName: 'log.retention.ms', configValue: '1', readOnly: false, isDefault: false, configSource: 1, isSensitive: false },
      { configName: 'log.segment.bytes', configValue: '1', readOnly: false, isDefault: true, configSource: 5, isSensitive: false },
      { configName: 'cleanup.policy', configValue: 'delete', readOnly: false, isDefault: true, configSource: 5, isSensitive: false },
    ]);
    expect(filterConfigEntries(entries, { search: 'LOG.', overridesOnly: false }).map((e) => e.name)).toEqual(['log.retention.ms', 'log.segment.bytes']);
    expect(filterConfigEntries(entries, { search: '', overridesOnly: true }).map((e) => e.name)).toEqual(['log.retention.ms']);
  });
});
