import 'server-only';
// One kafkajs client per cluster, created lazily and reused across requests. Every call is bounded by a
// deadline; a failed connection drops the client so the next request reconnects (recovery by itself).
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { type Admin, Kafka, type KafkaConfig, logLevel, type SASLOptions } from 'kafkajs';
import { getCluster } from '../config/clusters';
import type { ClusterConfig } from '../config/schema';
import { FluxoError } from '../errors';
import { isUnreachable, protocolErrorType, translateKafkaError } from './errors';
import './codecs';
import './metadata-tolerance';
import { createKafkaCluster, type KafkaCluster, type KafkaMetadata } from './internals';

/** An answer within about 5 s, also for a cluster that drops packets instead of refusing them. */
export const REQUEST_DEADLINE_MS = Number(process.env.FLUXO_KAFKA_DEADLINE_MS ?? 5_000);

/** kafkajs's Cluster and Broker, typed in internals.ts; the old names stay for the modules that use them. */
export type RawCluster = KafkaCluster;
export type RawMetadata = KafkaMetadata;

/**
 * Connections by kind of work, each lane its own kafkajs Cluster (so its own sockets per broker): a broker
 * answers the requests of one connection in order, so a long poll (live tail) or a 1 MB-per-partition scan
 * would hold every browse, metadata and ListOffsets request sent behind it on the same connection.
 * - admin: metadata, ListOffsets, admin calls, and the short reads (browse, permalink, payments, lag history);
 * - bulk: search and export scans;
 * - live: the live tails' shared long polls.
 */
export type Lane = 'admin' | 'bulk' | 'live';

interface ClusterClient {
  kafka: Kafka;
  admin: Admin;
  connected?: Promise<void>;
  lanes: Partial<Record<Lane, { cluster: KafkaCluster; connected: Promise<void> }>>;
}

// Kept on globalThis so `next dev` reloads do not leak connections.
const pool: Map<string, ClusterClient> = ((globalThis as { __fluxoKafkaPool?: Map<string, ClusterClient> })
  .__fluxoKafkaPool ??= new Map());

function saslOptions(cfg: ClusterConfig): SASLOptions | undefined {
  if (!cfg.sasl) return undefined;
  const password = cfg.sasl.password ?? process.env[cfg.sasl.passwordEnv ?? ''] ?? '';
  return { mechanism: cfg.sasl.mechanism, username: cfg.sasl.username, password } as SASLOptions;
}

function tlsOptions(cfg: ClusterConfig): boolean | ConnectionOptions | undefined {
  if (cfg.tls === undefined || typeof cfg.tls === 'boolean') return cfg.tls;
  const read = (file?: string) => (file ? readFileSync(file, 'utf8') : undefined);
  return {
    ca: read(cfg.tls.caFile),
    cert: read(cfg.tls.certFile),
    key: read(cfg.tls.keyFile),
    rejectUnauthorized: cfg.tls.rejectUnauthorized,
  };
}

/** kafkajs log lines go to stderr as one line each; they carry no credentials. */
const logCreator: KafkaConfig['logCreator'] = () => ({ namespace, label, log }) => {
  const { message, broker } = log as { message?: string; broker?: string };
  console.error(`[kafkajs ${label}] ${namespace}: ${message ?? ''}${broker ? ` (${broker})` : ''}`);
};

export function kafkaConfigFor(cfg: ClusterConfig): KafkaConfig {
  return {
    clientId: cfg.clientId,
    brokers: cfg.brokers,
    ssl: tlsOptions(cfg),
    sasl: saslOptions(cfg),
    connectionTimeout: 2_000,
    authenticationTimeout: 3_000,
    requestTimeout: 4_000,
    retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1_000 },
    logLevel: logLevel.NOTHING,
    logCreator,
  };
}

function clientFor(clusterName: string): ClusterClient {
  const existing = pool.get(clusterName);
  if (existing) return existing;
  const kafka = new Kafka(kafkaConfigFor(getCluster(clusterName)));
  const client: ClusterClient = { kafka, admin: kafka.admin(), lanes: {} };
  pool.set(clusterName, client);
  return client;
}

function drop(clusterName: string, client: ClusterClient) {
  if (pool.get(clusterName) === client) pool.delete(clusterName);
  client.admin.disconnect().catch(() => {});
  for (const lane of Object.values(client.lanes)) lane.cluster.disconnect().catch(() => {});
}

/** Disconnects every pooled client: a script's process ends only once nothing is left connected. */
export async function closeClusterClients(): Promise<void> {
  const clients = [...pool.values()];
  pool.clear();
  await Promise.all(clients.map((c) => Promise.all([c.admin, ...Object.values(c.lanes).map((l) => l.cluster)].map((x) => x.disconnect().catch(() => {})))));
}

/** A kafkajs Cluster of its own (the payments aggregator's), with the pool's SASL/TLS/timeouts. */
export function createRawCluster(kafka: Kafka): RawCluster {
  return createKafkaCluster(kafka);
}

export function withDeadline<T>(work: Promise<T>, clusterName: string, ms = REQUEST_DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FluxoError('timeout', `Cluster "${clusterName}" did not answer within ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * kafkajs's Admin refreshes metadata, before nearly every call, for each topic it was once asked about; a topic
 * deleted since (by the CLI, another console) fails every later call with UNKNOWN_TOPIC_OR_PARTITION, until a
 * restart. Such a failure swaps in a fresh Admin (no remembered topics); the call is tried once more on it.
 */
function isStaleTopicError(err: unknown): boolean {
  return protocolErrorType(err) === 'UNKNOWN_TOPIC_OR_PARTITION';
}

function renewAdmin(client: ClusterClient, stale: Admin): void {
  if (client.admin !== stale) return;
  stale.disconnect().catch(() => {});
  client.admin = client.kafka.admin();
  client.connected = undefined;
}

/** Runs fn with the cluster's shared Admin, bounded by the deadline; Kafka errors become FluxoErrors. */
export async function withAdmin<T>(clusterName: string, fn: (admin: Admin) => Promise<T>, retried = false): Promise<T> {
  const client = clientFor(clusterName);
  const admin = client.admin;
  try {
    client.connected ??= admin.connect().catch((err: unknown) => {
      drop(clusterName, client);
      throw err;
    });
    return await withDeadline(client.connected.then(() => fn(admin)), clusterName);
  } catch (err) {
    if (isUnreachable(err)) drop(clusterName, client);
    else if (!retried && isStaleTopicError(err)) {
      renewAdmin(client, admin);
      return withAdmin(clusterName, fn, true);
    }
    throw translateKafkaError(err, clusterName);
  }
}

/**
 * Like withAdmin, with kafkajs's cluster object of one lane (for what Admin does not expose: broker racks,
 * Fetch, ListOffsets to a chosen broker).
 */
export async function withRawCluster<T>(clusterName: string, fn: (cluster: RawCluster) => Promise<T>, lane: Lane = 'admin'): Promise<T> {
  const client = clientFor(clusterName);
  try {
    let entry = client.lanes[lane];
    if (!entry) {
      const cluster = createKafkaCluster(client.kafka);
      const connected = cluster.connect().then(() => cluster.refreshMetadata()).catch((err: unknown) => {
        drop(clusterName, client);
        throw err;
      });
      entry = client.lanes[lane] = { cluster, connected };
    }
    const { cluster, connected } = entry;
    return await withDeadline(connected.then(() => fn(cluster)), clusterName);
  } catch (err) {
    if (isUnreachable(err)) drop(clusterName, client);
    throw translateKafkaError(err, clusterName);
  }
}

/**
 * A kafkajs instance of its own for long-running jobs (the payments generator and aggregator): the
 * cluster's SASL/TLS, with the patient timeouts and retries a job needs rather than a page's 5 s answer.
 */
export function jobKafkaFor(clusterName: string, clientId: string): Kafka {
  return new Kafka({
    ...kafkaConfigFor(getCluster(clusterName)),
    clientId,
    connectionTimeout: 10_000,
    requestTimeout: 30_000,
    retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 5_000 },
  });
}

/** The cluster's kafkajs instance, for producers and readers built in lib/kafka. */
export function kafkaFor(clusterName: string): Kafka {
  return clientFor(clusterName).kafka;
}
