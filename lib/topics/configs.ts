// Pure: the full set of topic overrides to send with Kafka's legacy AlterConfigs, which replaces them all.
import type { ConfigEntry } from '../api/schemas/cluster';
import type { ConfigPatch } from '../api/schemas/topics';
import { badRequest } from '../errors';

/** The topic's own overrides (source dynamic-topic), as name → value. */
export function currentOverrides(entries: ConfigEntry[]): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const e of entries) {
    if (e.source !== 'dynamic-topic') continue;
    // A masked value cannot be sent back; resending null would erase the secret.
    if (e.sensitive || e.value === null) throw badRequest(`The override ${e.name} is sensitive; Fluxo cannot rewrite this topic's configuration without losing it`);
    overrides[e.name] = e.value;
  }
  return overrides;
}

/** Current overrides with the patch applied: keys in `delete` fall back to their defaults. */
export function mergeOverrides(current: Record<string, string>, patch: ConfigPatch): Record<string, string> {
  const both = patch.delete.filter((k) => k in patch.set);
  if (both.length) throw badRequest(`Cannot both set and delete ${both.join(', ')}`);
  const next = { ...current, ...patch.set };
  for (const key of patch.delete) delete next[key];
  return next;
}
