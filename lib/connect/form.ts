// The create/edit form's pure rules: which plugin definitions become fields, and how the typed values
// become a Connect config. Shared by the browser form and its unit tests.
import type { ConfigDef } from '../api/schemas/connect';

/** Set by the form itself (plugin picker, name field), never typed as plugin fields. */
const OWN_KEYS = new Set(['connector.class', 'name']);

/** Required fields first, then by importance and group order, so the form leads with what must be filled. */
export function formFields(defs: ConfigDef[]): ConfigDef[] {
  const importance = (d: ConfigDef) => (d.importance === 'HIGH' ? 0 : d.importance === 'MEDIUM' ? 1 : 2);
  return defs
    .filter((d) => !OWN_KEYS.has(d.name))
    .sort((a, b) => Number(b.required) - Number(a.required) || importance(a) - importance(b) || a.name.localeCompare(b.name));
}

export type ParsedLines = { ok: true; config: Record<string, string> } | { ok: false; line: number; message: string };

/** `key=value` per line (a Java properties subset): blank lines and # comments are skipped. */
export function parsePropertyLines(text: string): ParsedLines {
  const config: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) return { ok: false, line: i + 1, message: `Line ${i + 1}: expected key=value` };
    config[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return { ok: true, config };
}

export function toPropertyLines(config: Record<string, string>): string {
  return Object.entries(config)
    .filter(([k]) => k !== 'name')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
}

/** The config sent to Connect: the plugin, the filled fields (empty ones leave the plugin's default), extra lines last. */
export function buildConfig(plugin: string, values: Record<string, string>, extra: Record<string, string>): Record<string, string> {
  const config: Record<string, string> = { 'connector.class': plugin };
  for (const [k, v] of Object.entries(values)) if (v.trim() !== '') config[k] = v.trim();
  return { ...config, ...extra };
}
