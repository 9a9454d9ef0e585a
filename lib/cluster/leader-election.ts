import 'server-only';
// Leadership balance of a cluster and the preferred-leader election that restores it.
import type { ElectionResult, LeadershipReport } from '../api/schemas/cluster-ops';
import { assertWritable, getCluster } from '../config/clusters';
import { electPreferredLeaders } from '../kafka/elections';
import { getClusterMetadata, invalidateMetadata } from '../kafka/metadata';
import { computeLeadership } from './leadership';

/** Partitions per ElectLeaders request: bounded, so one request never carries a whole large cluster. */
const MAX_PARTITIONS_PER_ELECTION = 1_000;

export async function getLeadership(clusterName: string): Promise<LeadershipReport> {
  getCluster(clusterName);
  const md = await getClusterMetadata(clusterName);
  const l = computeLeadership(md.brokers.map((b) => b.id), md.topics);
  return { brokers: l.brokers, partitions: l.partitions, electable: l.electable.length, imbalance: l.imbalance?.message ?? null };
}

/** Elects the preferred leader of every partition whose preferred replica is in sync but not leading. */
export async function electLeaders(clusterName: string): Promise<ElectionResult> {
  assertWritable(clusterName);
  invalidateMetadata(clusterName);
  const md = await getClusterMetadata(clusterName);
  const electable = computeLeadership(md.brokers.map((b) => b.id), md.topics).electable.slice(0, MAX_PARTITIONS_PER_ELECTION);
  const byTopic = new Map<string, number[]>();
  for (const e of electable) byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), e.partition]);
  const results = electable.length === 0 ? [] : await electPreferredLeaders(clusterName, [...byTopic].map(([topic, partitions]) => ({ topic, partitions })));
  invalidateMetadata(clusterName);
  return {
    requested: electable.length,
    elected: results.filter((r) => r.error === null).length,
    failed: results.filter((r) => r.error !== null),
  };
}
