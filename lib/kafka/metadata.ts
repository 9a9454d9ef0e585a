import 'server-only';
import type { ClusterMetadata, TopicMetadata } from '../cluster/overview';
import { type RawMetadata, withRawCluster } from './client';
import { metadataFromAnyBroker } from './internals';

/** Metadata is asked for by several views at once; one request per cluster per second is plenty. */
const TTL_MS = 1_000;
const cache = new Map<string, { at: number; value: Promise<ClusterMetadata> }>();

function reshape(md: RawMetadata): ClusterMetadata {
  return {
    clusterId: md.clusterId ?? null,
    controllerId: md.controllerId >= 0 ? md.controllerId : null,
    brokers: md.brokers.map((b) => ({ id: b.nodeId, host: b.host, port: b.port, rack: b.rack ?? null })),
    topics: md.topicMetadata
      .filter((t) => t.topicErrorCode === 0)
      .map((t) => ({
        name: t.topic,
        internal: t.isInternal,
        partitions: t.partitionMetadata
          .map((p) => ({
            partition: p.partitionId,
            leader: p.leader,
            replicas: p.replicas,
            isr: p.isr,
            offlineReplicas: p.offlineReplicas ?? [],
          }))
          .sort((a, b) => a.partition - b.partition),
      })),
  };
}

/** Brokers (with racks), controller and every topic's partitions, from one Metadata request. */
export function getClusterMetadata(clusterName: string): Promise<ClusterMetadata> {
  const hit = cache.get(clusterName);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = withRawCluster(clusterName, async (cluster) => reshape(await metadataFromAnyBroker(cluster)));
  cache.set(clusterName, { at: Date.now(), value });
  value.catch(() => cache.delete(clusterName));
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
