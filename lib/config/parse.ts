// Turns the environment into the list of clusters. Pure: the caller reads the file.
import type { z } from 'zod';
import type { AuthConfig, BindingConfig, RoleConfig } from './access-schema';
import { type ClusterConfig, clusterConfigSchema, configFileSchema } from './schema';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** "clusters[0].brokers[1]: must be host:port" for the first problem zod found. */
export function describeZodIssue(error: z.ZodError, source: string): string {
  const issue = error.issues[0];
  if (!issue) return `${source}: invalid`;
  const where = issue.path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
  return `${source}: ${where || '(root)'}: ${issue.message}`;
}

export interface ConfigSources {
  /** KAFKA_BROKERS: one cluster named "default" (or KAFKA_CLUSTER_NAME). */
  kafkaBrokers?: string;
  kafkaClusterName?: string;
  /** Path and text of the FLUXO_CONFIG file, when set. */
  configFile?: { path: string; text: string };
}

/** Sign-in and roles; without a config file there is no `auth` section (open on loopback only). */
export interface AccessConfig {
  auth: AuthConfig | undefined;
  roles: RoleConfig[];
  bindings: BindingConfig[];
}

export interface FluxoConfig {
  clusters: ClusterConfig[];
  access: AccessConfig;
}

export function parseConfig(src: ConfigSources): FluxoConfig {
  if (src.configFile) {
    let json: unknown;
    try {
      json = JSON.parse(src.configFile.text);
    } catch (err) {
      throw new ConfigError(`${src.configFile.path}: not valid JSON (${(err as Error).message})`);
    }
    const parsed = configFileSchema.safeParse(json);
    if (!parsed.success) throw new ConfigError(describeZodIssue(parsed.error, src.configFile.path));
    const { clusters, auth, roles, bindings } = parsed.data;
    return { clusters, access: { auth, roles, bindings } };
  }
  const brokers = (src.kafkaBrokers ?? '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const name = src.kafkaClusterName ?? (src.kafkaBrokers ? 'default' : 'local');
  const parsed = clusterConfigSchema.safeParse({ name, brokers });
  if (!parsed.success) throw new ConfigError(describeZodIssue(parsed.error, 'KAFKA_BROKERS'));
  return { clusters: [parsed.data], access: { auth: undefined, roles: [], bindings: [] } };
}

export function parseClusters(src: ConfigSources): ClusterConfig[] {
  return parseConfig(src).clusters;
}
