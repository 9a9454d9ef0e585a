import 'server-only';
// The cluster's metadata from one Metadata request for every topic. The answer keeps partition-level errors
// (metadata-tolerance.ts), so a leaderless partition or a dead broker is shown as such; a broker that does not
// answer in time is skipped for the next one.
import { FluxoError } from '../errors';
import { type RawCluster, withRawCluster } from './client';
import { type BrokerMetadata, type ClusterMetadata, type MetadataAnswer, reshapeMetadata, type TopicMetadata } from './metadata-model';

export type { BrokerMetadata, ClusterMetadata, MissingBroker, PartitionMetadata, TopicMetadata } from './metadata-model';

/** Metadata is asked for by several views at once; one request per cluster per second is plenty. */
const TTL_MS = 1_000;
/** One broker's turn: a stopped (not dead) broker accepts the connection and never answers. */
const ATTEMPT_TIMEOUT_MS = 2_000;

const cache = new Map<string, { at: number; value: Promise<ClusterMetadata> }>();
/** Where each broker was last seen, so a broker that went down still shows its address. */
const lastSeen = new Map<string, Map<number, BrokerMetadata>>();

interface MetadataBroker {
  isConnected(): boolean;
  metadata(topics: string[]): Promise<MetadataAnswer>;
}

/** kafkajs 2.2.4 internals (pinned): the cluster object's broker pool and the topics it keeps metadata for. */
interface PooledCluster {
  refreshMetadata(): Promise<void>;
  brokerPool: {
    metadata: unknown;
    brokers: Record<string, MetadataBroker>;
    findBroker(args: { nodeId: string }): Promise<MetadataBroker>;
    findConnectedBroker(): Promise<MetadataBroker>;
  };
  targetTopics: Set<string>;
}

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FluxoError('timeout', `${what} did not answer metadata within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Asks a connected broker, then each other known broker in turn, until one answers. */
async function askAnyBroker(raw: RawCluster): Promise<MetadataAnswer> {
  const { brokerPool } = raw as unknown as PooledCluster;
  const attempts = [
    { what: 'a connected broker', find: () => brokerPool.findConnectedBroker() },
    ...Object.keys(brokerPool.brokers).map((nodeId) => ({ what: `broker ${nodeId}`, find: () => brokerPool.findBroker({ nodeId }) })),
  ];
  const asked = new Set<MetadataBroker>();
  let failure: unknown;
  for (const { what, find } of attempts) {
    try {
      const answer = await within(
        find().then((broker) => {
          if (asked.has(broker)) return null;
          asked.add(broker);
          return broker.metadata([]);
        }),
        ATTEMPT_TIMEOUT_MS,
        what,
      );
      if (answer) return answer;
    } catch (err) {
      failure = err;
    }
  }
  throw failure;
}

/**
 * kafkajs refreshes metadata for every topic it was once asked about; one deleted since (by us, the CLI or
 * another console) fails each later refresh with UNKNOWN_TOPIC_OR_PARTITION. Forget those topics.
 */
function forgetDeletedTopics(raw: RawCluster, md: ClusterMetadata): void {
  const { targetTopics } = raw as unknown as PooledCluster;
  if (!targetTopics) return;
  const existing = new Set(md.topics.map((t) => t.name));
  for (const topic of targetTopics) if (!existing.has(topic)) targetTopics.delete(topic);
}

/**
 * kafkajs finds brokers (leaders, the controller, coordinators) only among those its own refresh has seen; when
 * ours names one it does not know yet (first use, a broker added or replaced), let it refresh too.
 */
async function syncBrokerPool(raw: RawCluster, md: ClusterMetadata): Promise<void> {
  const cluster = raw as unknown as PooledCluster;
  const known = new Set(Object.keys(cluster.brokerPool.brokers));
  if (cluster.brokerPool.metadata && md.brokers.every((b) => known.has(String(b.id)))) return;
  // Best effort: our answer stands; calls that need a broker kafkajs does not know retry their own refresh.
  await cluster.refreshMetadata().catch((err: unknown) => console.error(`[fluxo] kafkajs metadata refresh: ${(err as Error).message}`));
}

async function readClusterMetadata(clusterName: string): Promise<ClusterMetadata> {
  return withRawCluster(clusterName, async (raw) => {
    const seen = lastSeen.get(clusterName) ?? new Map<number, BrokerMetadata>();
    lastSeen.set(clusterName, seen);
    const md = reshapeMetadata(await askAnyBroker(raw), seen);
    for (const b of md.brokers) seen.set(b.id, b);
    forgetDeletedTopics(raw, md);
    await syncBrokerPool(raw, md);
    return md;
  });
}

/** Brokers (with racks, and those missing), controller and every topic's partitions. */
export function getClusterMetadata(clusterName: string): Promise<ClusterMetadata> {
  const hit = cache.get(clusterName);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = readClusterMetadata(clusterName);
  cache.set(clusterName, { at: Date.now(), value });
  value.catch(() => {
    if (cache.get(clusterName)?.value === value) cache.delete(clusterName);
  });
  return value;
}

/** Forget cached metadata after a change (topic created, deleted, grown). */
export function invalidateMetadata(clusterName: string): void {
  cache.delete(clusterName);
}

/** One topic's metadata; a topic another client created a moment ago may be missing from the cached copy. */
export async function findTopicMetadata(clusterName: string, topicName: string): Promise<TopicMetadata | undefined> {
  const cached = (await getClusterMetadata(clusterName)).topics.find((t) => t.name === topicName);
  if (cached) return cached;
  invalidateMetadata(clusterName);
  return (await getClusterMetadata(clusterName)).topics.find((t) => t.name === topicName);
}

/**
 * Polls until the topic is visible with a leader for every partition, or the time is up. Brokers learn of a new
 * topic a moment after the controller created it; a broker answering from behind must not turn a success into 404.
 */
export async function waitForTopicLeaders(clusterName: string, topicName: string, timeoutMs: number): Promise<TopicMetadata | undefined> {
  const deadline = Date.now() + timeoutMs;
  let latest: TopicMetadata | undefined;
  for (;;) {
    invalidateMetadata(clusterName);
    latest = (await getClusterMetadata(clusterName)).topics.find((t) => t.name === topicName) ?? latest;
    if (latest && latest.partitions.length > 0 && latest.partitions.every((p) => p.leader >= 0)) return latest;
    if (Date.now() >= deadline) return latest;
    await new Promise((r) => setTimeout(r, 100));
  }
}
