// Pure: which configuration entries a listing shows.
import type { ConfigEntry } from '../api/schemas/cluster';

export function isOverride(entry: ConfigEntry): boolean {
  return entry.source !== 'default' && entry.source !== 'unknown';
}

export function filterConfigEntries(entries: ConfigEntry[], opts: { search: string; overridesOnly: boolean }): ConfigEntry[] {
  const needle = opts.search.trim().toLowerCase();
  return entries.filter((e) => (!needle || e.name.toLowerCase().includes(needle)) && (!opts.overridesOnly || isOverride(e)));
}
