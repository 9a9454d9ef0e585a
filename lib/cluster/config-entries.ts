// Pure: Kafka's DescribeConfigs entries as the API shows them. Sensitive values never leave the server.
import type { ConfigEntry } from '../api/schemas/cluster';

/** Kafka's ConfigSource codes (DescribeConfigs v1+). */
const SOURCES: Record<number, ConfigEntry['source']> = {
  1: 'dynamic-topic',
  2: 'dynamic-broker',
  3: 'dynamic-default-broker',
  4: 'static-broker',
  5: 'default',
  6: 'dynamic-broker-logger',
};

export interface RawConfigEntry {
  configName: string;
  configValue: string | null;
  readOnly: boolean;
  isDefault: boolean;
  configSource?: number;
  isSensitive: boolean;
}

export function toConfigEntry(raw: RawConfigEntry): ConfigEntry {
  const source = raw.configSource !== undefined ? (SOURCES[raw.configSource] ?? 'unknown') : raw.isDefault ? 'default' : 'unknown';
  return {
    name: raw.configName,
    value: raw.isSensitive ? null : raw.configValue,
    source,
    readOnly: raw.readOnly,
    sensitive: raw.isSensitive,
  };
}

export function toConfigEntries(raw: RawConfigEntry[]): ConfigEntry[] {
  return raw.map(toConfigEntry).sort((a, b) => a.name.localeCompare(b.name));
}
