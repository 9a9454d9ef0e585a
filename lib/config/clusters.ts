import 'server-only';
import { readFileSync } from 'node:fs';
import { forbidden, notFound } from '../errors';
import { type AccessConfig, ConfigError, type FluxoConfig, parseConfig } from './parse';
import type { ClusterConfig } from './schema';

let cached: FluxoConfig | undefined;

/** The configured clusters, read once per process. Throws ConfigError naming the bad field. */
export function getClusters(): ClusterConfig[] {
  return loadConfig().clusters;
}

/** Sign-in, roles and bindings from the same file. */
export function getAccessConfig(): AccessConfig {
  return loadConfig().access;
}

function loadConfig(): FluxoConfig {
  if (cached) return cached;
  const file = process.env.FLUXO_CONFIG;
  let configFile: { path: string; text: string } | undefined;
  if (file) {
    try {
      configFile = { path: file, text: readFileSync(file, 'utf8') };
    } catch (err) {
      throw new ConfigError(`FLUXO_CONFIG: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? err})`);
    }
  }
  cached = parseConfig({
    kafkaBrokers: process.env.KAFKA_BROKERS,
    kafkaClusterName: process.env.KAFKA_CLUSTER_NAME,
    configFile,
  });
  return cached;
}

export function getCluster(name: string): ClusterConfig {
  const cluster = getClusters().find((c) => c.name === name);
  if (!cluster) throw notFound(`Unknown cluster "${name}"`);
  return cluster;
}

/** Every mutation calls this first: a read-only cluster refuses all changes, on the server. */
export function assertWritable(name: string): ClusterConfig {
  const cluster = getCluster(name);
  if (cluster.readOnly) throw forbidden(`Cluster "${name}" is read-only: changes are refused`);
  return cluster;
}
