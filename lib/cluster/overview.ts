// Pure: cluster metadata in, the numbers an operator checks first out.
import type { Broker, Quorum } from '../api/schemas/cluster';
import type { ClusterMetadata, PartitionMetadata } from '../kafka/metadata-model';

export type { BrokerMetadata, ClusterMetadata, MissingBroker, PartitionMetadata, TopicMetadata } from '../kafka/metadata-model';

/** Fewer in-sync replicas than assigned replicas. */
export function isUnderReplicated(p: PartitionMetadata): boolean {
  return p.isr.length < p.replicas.length;
}

/** No leader (Kafka reports -1), so neither reads nor writes are served. */
export function isOffline(p: PartitionMetadata): boolean {
  return p.leader < 0;
}

export function summarizeBrokers(md: ClusterMetadata, quorumLeaderId: number | null = null): Broker[] {
  const leaders = new Map<number, number>();
  const replicas = new Map<number, number>();
  for (const t of md.topics) {
    for (const p of t.partitions) {
      if (p.leader >= 0) leaders.set(p.leader, (leaders.get(p.leader) ?? 0) + 1);
      for (const r of p.replicas) replicas.set(r, (replicas.get(r) ?? 0) + 1);
    }
  }
  const live = md.brokers.map((b) => ({ ...b, online: true }));
  const missing = md.missingBrokers.map((b) => ({ ...b, online: false }));
  return [...live, ...missing]
    .sort((a, b) => a.id - b.id)
    .map((b) => ({
      ...b,
      isController: b.id === md.controllerId,
      isQuorumLeader: b.id === quorumLeaderId,
      leaderPartitions: leaders.get(b.id) ?? 0,
      replicaPartitions: replicas.get(b.id) ?? 0,
    }));
}

export function summarizeCluster(md: ClusterMetadata, quorumLeaderId: number | null = null) {
  let partitions = 0;
  let replicas = 0;
  let underReplicatedPartitions = 0;
  let offlinePartitions = 0;
  for (const t of md.topics) {
    for (const p of t.partitions) {
      partitions++;
      replicas += p.replicas.length;
      if (isUnderReplicated(p)) underReplicatedPartitions++;
      if (isOffline(p)) offlinePartitions++;
    }
  }
  return {
    clusterId: md.clusterId,
    controllerId: md.controllerId,
    brokers: summarizeBrokers(md, quorumLeaderId),
    topics: md.topics.length,
    internalTopics: md.topics.filter((t) => t.internal).length,
    partitions,
    replicas,
    underReplicatedPartitions,
    offlinePartitions,
    brokersDown: md.missingBrokers.length,
  };
}

export interface RawQuorum {
  leaderId: number;
  leaderEpoch: number;
  highWatermark: string;
  voters: { id: number; logEndOffset: string; lastCaughtUpTimestamp: number | null }[];
  observers: { id: number; logEndOffset: string; lastCaughtUpTimestamp: number | null }[];
}

/** Each quorum member's lag behind the high watermark, in metadata records (never negative). */
export function withQuorumLag(q: RawQuorum): Quorum {
  const hw = BigInt(q.highWatermark);
  const lag = (leo: string) => {
    const d = hw - BigInt(leo);
    return (d > 0n ? d : 0n).toString();
  };
  const member = (r: RawQuorum['voters'][number]) => ({ ...r, lag: lag(r.logEndOffset) });
  return { ...q, voters: q.voters.map(member), observers: q.observers.map(member) };
}
