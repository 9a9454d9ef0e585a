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
import type { AbortedTransaction, RawRecord } from './records';

/** An answer within about 5 s, also for a cluster that drops packets instead of refusing them. */
export const REQUEST_DEADLINE_MS = Number(process.env.FLUXO_KAFKA_DEADLINE_MS ?? 5_000);

/** kafkajs's own cluster object (kafkajs 2.2.4 internals, pinned): metadata with racks, per-broker calls. */
export interface RawCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  metadata(args?: { topics?: string[] }): Promise<RawMetadata>;
  addTargetTopic(topic: string): Promise<void>;
  findTopicPartitionMetadata(topic: string): RawMetadata['topicMetadata'][number]['partitionMetadata'];
  /** The connection to one broker (connects on first use). */
  findBroker(args: { nodeId: number }): Promise<RawBroker>;
  fetchTopicsOffset(
    topics: { topic: string; fromBeginning?: boolean; fromTimestamp?: number; partitions: { partition: number }[] }[],
  ): Promise<{ topic: string; partitions: { partition: number; offset: string }[] }[]>;
}

export interface RawFetchPartition {
  partition: number;
  errorCode: number;
  highWatermark: string;
  lastStableOffset: string;
  abortedTransactions: AbortedTransaction[] | null;
  messages: RawRecord[];
}

export interface RawBroker {
  fetch(request: {
    replicaId: number;
    isolationLevel: number;
    maxWaitTime: number;
    minBytes: number;
    maxBytes: number;
    topics: { topic: string; partitions: { partition: number; fetchOffset: string; maxBytes: number }[] }[];
  }): Promise<{ responses: { topicName: string; partitions: RawFetchPartition[] }[] }>;
  listOffsets(request: {
    replicaId: number;
    isolationLevel: number;
    topics: { topic: string; partitions: { partition: number; timestamp: number }[] }[];
  }): Promise<{ responses: { topic: string; partitions: { partition: number; offset: string; errorCode: number }[] }[] }>;
}

export interface RawMetadata {
  clusterId: string;
  controllerId: number;
  brokers: { nodeId: number; host: string; port: number; rack: string | null }[];
  topicMetadata: {
    topicErrorCode: number;
    topic: string;
    isInternal: boolean;
    partitionMetadata: {
      partitionErrorCode: number;
      partitionId: number;
      leader: number;
      replicas: number[];
      isr: number[];
      offlineReplicas: number[];
    }[];
  }[];
}

interface ClusterClient {
  kafka: Kafka;
  admin: Admin;
  connected?: Promise<void>;
  raw?: RawCluster;
  rawConnected?: Promise<void>;
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
  const client: ClusterClient = { kafka, admin: kafka.admin() };
  pool.set(clusterName, client);
  return client;
}

function drop(clusterName: string, client: ClusterClient) {
  if (pool.get(clusterName) === client) pool.delete(clusterName);
  client.admin.disconnect().catch(() => {});
  client.raw?.disconnect().catch(() => {});
}

/** kafkajs builds its Cluster through a private symbol; we reuse it so SASL/TLS/timeouts stay identical. */
export function createRawCluster(kafka: Kafka): RawCluster {
  const symbol = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster');
  if (!symbol) throw new FluxoError('internal', 'kafkajs internals changed: pin kafkajs to 2.2.4');
  const create = (kafka as unknown as Record<symbol, (opts: object) => RawCluster>)[symbol]!;
  return create({ metadataMaxAge: 5_000 });
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

/** Like withAdmin, with kafkajs's cluster object (for what Admin does not expose, e.g. broker racks). */
export async function withRawCluster<T>(clusterName: string, fn: (cluster: RawCluster) => Promise<T>): Promise<T> {
  const client = clientFor(clusterName);
  try {
    const raw = (client.raw ??= createRawCluster(client.kafka));
    client.rawConnected ??= raw.connect().catch((err: unknown) => {
      drop(clusterName, client);
      throw err;
    });
    return await withDeadline(client.rawConnected.then(() => fn(raw)), clusterName);
  } catch (err) {
    if (isUnreachable(err)) drop(clusterName, client);
    throw translateKafkaError(err, clusterName);
  }
}

/** The cluster's kafkajs instance, for producers and readers built in lib/kafka. */
export function kafkaFor(clusterName: string): Kafka {
  return clientFor(clusterName).kafka;
}
