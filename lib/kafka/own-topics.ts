import 'server-only';
// Fluxo's own topics (audit log, access state, lag history, the payments demo's topics): made on first use
// with the settings they need, as Kafka Connect makes its internal topics. Two replicas may race to make one;
// the topic existing is what we wanted. Appends go through one plain producer per cluster; reads take one
// partition from a point in time.
import type { Producer } from 'kafkajs';
import { FluxoError } from '../errors';
import { kafkaFor } from './client';
import { getClusterMetadata, invalidateMetadata } from './metadata';
import { listOffsets, partitionKey } from './partition-io';
import { readAll } from './record-reader';
import { createTopicOnController } from './topic-admin';

export interface OwnTopicSpec {
  name: string;
  partitions: number;
  configs: Record<string, string>;
}

const CREATE_TIMEOUT_MS = 30_000;
const ensured = new Map<string, Promise<boolean>>();

/** Makes the topic unless it exists; true when this call made it. */
export function ensureOwnTopic(clusterName: string, spec: OwnTopicSpec): Promise<boolean> {
  const key = `${clusterName}\u0000${spec.name}`;
  let pending = ensured.get(key);
  if (!pending) {
    pending = (async () => {
      invalidateMetadata(clusterName);
      const md = await getClusterMetadata(clusterName);
      if (md.topics.some((t) => t.name === spec.name)) return false;
      try {
        await createTopicOnController(clusterName, {
          topic: spec.name,
          numPartitions: spec.partitions,
          // Three copies, or one per broker on a smaller cluster.
          replicationFactor: Math.min(3, md.brokers.length),
          configEntries: Object.entries(spec.configs).map(([name, value]) => ({ name, value })),
        }, CREATE_TIMEOUT_MS);
      } catch (err) {
        if (!(err instanceof FluxoError && err.code === 'conflict')) throw err;
        return false;
      } finally {
        invalidateMetadata(clusterName);
      }
      return true;
    })();
    ensured.set(key, pending);
    pending.catch(() => ensured.delete(key));
  }
  return pending;
}

/** After a write failed (someone may have deleted the topic): the next ensureOwnTopic checks again. */
export function forgetOwnTopic(clusterName: string, name: string): void {
  ensured.delete(`${clusterName}\u0000${name}`);
}

export interface OwnRecord {
  key: string;
  value: string;
  partition: number;
  timestampMs: number;
}

const appenders = new Map<string, Promise<Producer>>();

function appender(clusterName: string): Promise<Producer> {
  let p = appenders.get(clusterName);
  if (!p) {
    const producer = kafkaFor(clusterName).producer({ allowAutoTopicCreation: false });
    p = producer.connect().then(() => producer);
    p.catch(() => appenders.delete(clusterName));
    appenders.set(clusterName, p);
  }
  return p;
}

/** Appends records to one of Fluxo's own topics, each to the partition it names. */
export async function appendToOwnTopic(clusterName: string, topic: string, records: OwnRecord[]): Promise<void> {
  const producer = await appender(clusterName);
  await producer.send({
    topic,
    messages: records.map((r) => ({ key: r.key, value: r.value, partition: r.partition, timestamp: String(r.timestampMs) })),
  });
}

/**
 * One partition's records from the offset for sinceMs to the end, within maxBytes; null when the partition has
 * no leader or no end offset now.
 */
export async function readOwnPartitionSince(
  clusterName: string,
  topic: string,
  partition: number,
  sinceMs: number,
  maxBytes: number,
): Promise<{ key: string | null; value: string | null }[] | null> {
  const wanted = [{ topic, partition }];
  const [fromTime, end] = await Promise.all([
    listOffsets(clusterName, wanted, { timestampMs: sinceMs }, 'read_uncommitted'),
    listOffsets(clusterName, wanted, 'latest', 'read_uncommitted'),
  ]);
  const key = partitionKey(topic, partition);
  const endOffset = end.offsets.get(key);
  if (endOffset === undefined) return null;
  const since = fromTime.offsets.get(key) ?? -1;
  const read = await readAll(clusterName, topic, [{ partition, from: since < 0 ? endOffset : since, to: endOffset }], {
    isolation: 'read_uncommitted',
    lane: 'admin',
    fetchBytesPerPartition: 4 * 1024 * 1024,
    maxBytes,
  });
  return read.records.map((m) => ({ key: m.key?.toString() ?? null, value: m.value?.toString() ?? null }));
}
