import 'server-only';
// The cluster views: the list of configured clusters, one cluster's overview, its brokers. A broker that is
// down or a partition without a leader is counted and shown; the rest of the answer is served.
import type { BrokerDetail, ClusterOverview, ClusterSummary } from '../api/schemas/cluster';
import { getCluster, getClusters } from '../config/clusters';
import { notFound } from '../errors';
import { translateKafkaError } from '../kafka/errors';
import { describeKraft } from '../kafka/kraft';
import { getClusterMetadata } from '../kafka/metadata';
import { describeBrokerConfigEntries } from '../kafka/topic-admin';
import { toConfigEntries } from './config-entries';
import { kafkaReleaseFromMetadataLevel, metadataVersionName } from './metadata-version';
import { summarizeBrokers, summarizeCluster, withQuorumLag } from './overview';

export async function listClusters(): Promise<ClusterSummary[]> {
  return Promise.all(
    getClusters().map(async (cfg) => {
      const base = {
        name: cfg.name,
        bootstrap: cfg.brokers,
        readOnly: cfg.readOnly,
        authentication: cfg.sasl?.mechanism ?? ('none' as const),
        tls: cfg.tls !== undefined && cfg.tls !== false,
      };
      try {
        await getClusterMetadata(cfg.name);
        return { ...base, reachable: true };
      } catch (err) {
        return { ...base, reachable: false, error: translateKafkaError(err, cfg.name).message };
      }
    }),
  );
}

/** Version and quorum are extras: a cluster that cannot tell them still has an overview. */
async function describeKraftSafely(clusterName: string, brokerId: number | undefined) {
  if (brokerId === undefined) return null;
  return describeKraft(clusterName, brokerId).catch(() => null);
}

export async function getClusterOverview(clusterName: string): Promise<ClusterOverview> {
  const cfg = getCluster(clusterName);
  const md = await getClusterMetadata(clusterName);
  const anyBroker = md.controllerId ?? md.brokers[0]?.id;
  const kraft = await describeKraftSafely(clusterName, anyBroker);
  return {
    name: cfg.name,
    readOnly: cfg.readOnly,
    reachable: true,
    kafkaVersion: kafkaReleaseFromMetadataLevel(kraft?.maxSupportedMetadataLevel ?? undefined),
    metadataVersion: kraft?.finalizedMetadataLevel != null ? metadataVersionName(kraft.finalizedMetadataLevel) : null,
    quorum: kraft?.quorum ? withQuorumLag(kraft.quorum) : null,
    ...summarizeCluster(md, kraft?.quorum?.leaderId ?? null),
  };
}

export async function listBrokers(clusterName: string) {
  getCluster(clusterName);
  const md = await getClusterMetadata(clusterName);
  const kraft = await describeKraftSafely(clusterName, md.controllerId ?? md.brokers[0]?.id);
  return summarizeBrokers(md, kraft?.quorum?.leaderId ?? null);
}

export async function getBroker(clusterName: string, id: number): Promise<BrokerDetail> {
  const brokers = await listBrokers(clusterName);
  const broker = brokers.find((b) => b.id === id);
  if (!broker) throw notFound(`Broker ${id} is not in cluster "${clusterName}"`);
  // A broker that is down has no configuration to read; it is shown as it was last seen.
  const configs = broker.online ? toConfigEntries(await describeBrokerConfigEntries(clusterName, id)) : [];
  return { broker, configs };
}
