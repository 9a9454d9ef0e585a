// Pure shaping of Kafka Connect's REST answers into Fluxo's types: no I/O, unit-tested beside it.
import type { ConfigDef, ConnectorState, ConnectorSummary, ConnectorTask, ValidationResult } from '../api/schemas/connect';

export const MASK = '********';

const STATES: ReadonlySet<string> = new Set(['RUNNING', 'PAUSED', 'STOPPED', 'FAILED', 'UNASSIGNED', 'RESTARTING', 'DESTROYED']);

export function toState(raw: unknown): ConnectorState {
  return typeof raw === 'string' && STATES.has(raw) ? (raw as ConnectorState) : 'UNKNOWN';
}

export function toType(raw: unknown): 'source' | 'sink' | 'unknown' {
  return raw === 'source' || raw === 'sink' ? raw : 'unknown';
}

/** Connect's `GET /connectors?expand=status&expand=info` entry, as far as we read it. */
export interface RawExpanded {
  status?: {
    connector?: { state?: string; worker_id?: string; trace?: string };
    tasks?: { id: number; state?: string; worker_id?: string; trace?: string }[];
    type?: string;
  };
  info?: { config?: Record<string, string>; type?: string; tasks?: unknown[] };
}

/** The topics a connector names in its config: sinks `topics`/`topics.regex`, sources by convention. */
export function topicsFromConfig(config: Record<string, string>): string[] {
  const out = new Set<string>();
  for (const key of ['topics', 'topic', 'kafka.topic']) {
    for (const t of (config[key] ?? '').split(',')) if (t.trim()) out.add(t.trim());
  }
  if (config['topics.regex']) out.add(`/${config['topics.regex']}/`);
  if (config['topic.prefix']) out.add(`${config['topic.prefix']}.*`);
  return [...out];
}

export function shapeTasks(raw: RawExpanded['status']): ConnectorTask[] {
  return (raw?.tasks ?? [])
    .map((t) => ({ id: t.id, state: toState(t.state), workerId: t.worker_id ?? '', trace: t.trace ?? null }))
    .sort((a, b) => a.id - b.id);
}

export function summarizeConnector(connect: string, name: string, raw: RawExpanded): ConnectorSummary {
  const config = raw.info?.config ?? {};
  const tasks = shapeTasks(raw.status);
  return {
    connect,
    name,
    type: toType(raw.status?.type ?? raw.info?.type),
    plugin: config['connector.class'] ?? '',
    state: toState(raw.status?.connector?.state),
    workerId: raw.status?.connector?.worker_id ?? null,
    tasksRunning: tasks.filter((t) => t.state === 'RUNNING').length,
    tasksFailed: tasks.filter((t) => t.state === 'FAILED').length,
    tasks,
    topics: topicsFromConfig(config),
  };
}

/** Failed first (connector or any task), then by name: what needs attention leads the list. */
export function failedFirst(a: ConnectorSummary, b: ConnectorSummary): number {
  const rank = (c: ConnectorSummary) => (c.state === 'FAILED' || c.tasksFailed > 0 ? 0 : 1);
  return rank(a) - rank(b) || a.connect.localeCompare(b.connect) || a.name.localeCompare(b.name);
}

/** Keys whose values a viewer must not see: PASSWORD-typed in the plugin's definitions, or named like a secret. */
const SECRET_NAME = /(password|passwd|secret|token|credential|api[._-]?key|private[._-]?key|sasl\.jaas\.config)/i;

export function sensitiveKeys(config: Record<string, string>, passwordKeys: ReadonlySet<string>): string[] {
  return Object.keys(config).filter((k) => passwordKeys.has(k) || SECRET_NAME.test(k)).sort();
}

export function maskConfig(config: Record<string, string>, masked: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(config)) out[k] = masked.includes(k) ? MASK : v;
  return out;
}

/** An edited config comes back with the mask in place of secrets the user did not retype: keep the stored ones. */
export function unmaskConfig(edited: Record<string, string>, stored: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(edited)) out[k] = v === MASK && stored[k] !== undefined ? stored[k] : v;
  return out;
}

interface RawDef {
  name: string;
  type?: string;
  required?: boolean;
  default_value?: string | null;
  importance?: string | null;
  documentation?: string | null;
  group?: string | null;
  order_in_group?: number | null;
}

export function shapeConfigDefs(raw: unknown): ConfigDef[] {
  if (!Array.isArray(raw)) return [];
  return (raw as RawDef[])
    .filter((d) => d && typeof d.name === 'string')
    .map((d) => ({
      name: d.name,
      type: d.type ?? 'STRING',
      required: Boolean(d.required),
      defaultValue: d.default_value ?? null,
      importance: d.importance ?? null,
      documentation: d.documentation ?? null,
      group: d.group ?? null,
      orderInGroup: typeof d.order_in_group === 'number' && d.order_in_group >= 0 ? d.order_in_group : null,
    }));
}

/** `PUT /connector-plugins/{p}/config/validate` → the fields with errors, named. */
export function shapeValidation(plugin: string, raw: unknown): ValidationResult {
  const body = (raw ?? {}) as { error_count?: number; configs?: { value?: { name?: string; errors?: string[] } }[] };
  const errors = (body.configs ?? [])
    .map((c) => ({ field: c.value?.name ?? '', messages: c.value?.errors ?? [] }))
    .filter((e) => e.field && e.messages.length > 0);
  return { plugin, errorCount: body.error_count ?? errors.length, errors };
}

/** One line naming every field that failed validation, for the 400 a refused create or edit answers. */
export function describeValidation(result: ValidationResult): string {
  return `The config is invalid: ${result.errors.map((e) => `${e.field}: ${e.messages[0]}`).join('; ')}`;
}
