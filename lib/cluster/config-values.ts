// Pure: Kafka configuration values as a person reads them ("7 days", "1 GiB", "never"), and a patch of
// set/delete keys as IncrementalAlterConfigs operations. No I/O.
import { CONFIG_TYPES, type ConfigEntry, type ConfigType } from '../api/schemas/cluster';
import type { ConfigPatch } from '../api/schemas/topics';
import { badRequest } from '../errors';

export function configTypeName(code: number): ConfigType {
  return CONFIG_TYPES[code] ?? 'unknown';
}

const LONG_MAX = '9223372036854775807';
const INT_MAX = '2147483647';

type Unit = 'ms' | 'seconds' | 'minutes' | 'hours' | 'bytes' | 'bytesPerSecond';

/** The unit a key's value is in, from Kafka's naming conventions (retention.ms, segment.bytes, …). */
export function configUnit(name: string): Unit | null {
  if (/\.ms$/.test(name)) return 'ms';
  if (/\.(seconds|sec)$/.test(name)) return 'seconds';
  if (/\.minutes$/.test(name)) return 'minutes';
  if (/\.hours$/.test(name)) return 'hours';
  if (/(_byte_rate|throttled\.rate|bytes\.per\.second)$/.test(name)) return 'bytesPerSecond';
  // Not every ".size" is bytes (group.consumer.max.size counts members), so only buffer sizes count.
  if (/(\.bytes|buffer\.size)$/.test(name)) return 'bytes';
  return null;
}

const DURATION_STEPS: [number, string][] = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1_000, 's'],
  [1, 'ms'],
];

/** 604800000 → "7 d", 5400000 → "1 h 30 min"; at most the two largest parts. */
export function formatDurationMs(ms: number): string {
  if (ms === 0) return '0 ms';
  const parts: string[] = [];
  let rest = Math.abs(ms);
  for (const [size, label] of DURATION_STEPS) {
    if (parts.length === 2) break;
    const n = Math.floor(rest / size);
    if (n > 0) {
      parts.push(`${n} ${label}`);
      rest -= n * size;
    } else if (parts.length > 0) break;
  }
  return (ms < 0 ? '-' : '') + parts.join(' ');
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** 1073741824 → "1 GiB", 1536 → "1.5 KiB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || Number.isInteger(value) ? 0 : value < 10 ? 2 : 1;
  return `${Number(value.toFixed(digits))} ${BYTE_UNITS[unit]}`;
}

const TO_MS: Partial<Record<Unit, number>> = { ms: 1, seconds: 1_000, minutes: 60_000, hours: 3_600_000 };

/**
 * How a value reads to a person, or null when the raw value says it best. Long.MAX_VALUE and -1 are Kafka's
 * "no limit": "never" for a duration, "unlimited" for a size.
 */
export function humanConfigValue(name: string, value: string | null, type: ConfigType = 'unknown'): string | null {
  if (value === null || value === '' || type === 'password') return null;
  const unit = configUnit(name);
  if (!unit || !/^-?\d+$/.test(value) || ['boolean', 'string', 'list', 'class'].includes(type)) return null;
  const isDuration = unit in TO_MS;
  if (value === LONG_MAX || (value === INT_MAX && !isDuration) || value === '-1') return isDuration ? 'never' : 'unlimited';
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) return null;
  if (isDuration) return formatDurationMs(n * TO_MS[unit]!);
  return unit === 'bytesPerSecond' ? `${formatBytes(n)}/s` : formatBytes(n);
}

export interface PlannedOperation {
  name: string;
  op: 'set' | 'delete';
  value: string | null;
}

/** One operation per named key: nothing else is touched, so concurrent edits of other keys survive. */
export function planConfigOperations(patch: ConfigPatch): PlannedOperation[] {
  const both = patch.delete.filter((k) => k in patch.set);
  if (both.length) throw badRequest(`Cannot both set and delete ${both.join(', ')}`);
  return [
    ...Object.entries(patch.set).map(([name, value]) => ({ name, op: 'set' as const, value })),
    ...patch.delete.map((name) => ({ name, op: 'delete' as const, value: null })),
  ];
}

/** Whether a re-read shows every planned operation: set keys with their new value, deleted ones no longer overridden. */
export function showsChange(entries: ConfigEntry[], ops: PlannedOperation[], overrideSource: ConfigEntry['source']): boolean {
  return ops.every((o) => {
    const e = entries.find((x) => x.name === o.name);
    if (o.op === 'delete') return !e || e.source !== overrideSource;
    return e !== undefined && (e.sensitive || e.value === o.value);
  });
}
