import 'server-only';
// Pure: a Metadata answer (every topic, with per-partition error codes kept) into the cluster's shape. A
// leaderless partition or a dead broker is data here, never an exception: the rest of the answer is served.

export interface PartitionMetadata {
  partition: number;
  /** -1 when the partition has no leader reachable by this client (offline for us). */
  leader: number;
  replicas: number[];
  isr: number[];
  offlineReplicas: number[];
}

export interface TopicMetadata {
  name: string;
  internal: boolean;
  partitions: PartitionMetadata[];
}

export interface BrokerMetadata {
  id: number;
  host: string;
  port: number;
  rack: string | null;
}

/** A broker that holds replicas but is not among the live brokers (stopped, fenced, or cut off). */
export interface MissingBroker {
  id: number;
  /** Where it was last seen by this server; null if never. */
  host: string | null;
  port: number | null;
  rack: string | null;
}

export interface ClusterMetadata {
  clusterId: string | null;
  controllerId: number | null;
  /** The live brokers the cluster reports. */
  brokers: BrokerMetadata[];
  missingBrokers: MissingBroker[];
  topics: TopicMetadata[];
}

/** The Metadata answer as kafkajs decodes it (v1–v6), errors included. */
export interface MetadataAnswer {
  clusterId?: string | null;
  controllerId?: number;
  brokers: { nodeId: number; host: string; port: number; rack?: string | null }[];
  topicMetadata: {
    topicErrorCode: number;
    topic: string;
    isInternal?: boolean;
    partitionMetadata: {
      partitionErrorCode: number;
      partitionId: number;
      leader: number;
      replicas: number[];
      isr: number[];
      offlineReplicas?: number[];
    }[];
  }[];
}

/** Kafka protocol error codes a Metadata answer carries per partition (org.apache.kafka.common.protocol.Errors). */
export const METADATA_ERROR = {
  NONE: 0,
  UNKNOWN_TOPIC_OR_PARTITION: 3,
  LEADER_NOT_AVAILABLE: 5,
  REPLICA_NOT_AVAILABLE: 9,
  LISTENER_NOT_FOUND: 72,
} as const;

export type PartitionCondition = 'ok' | 'leaderless' | 'replica-missing' | 'unknown';

/**
 * What a partition's error code means for readers. REPLICA_NOT_AVAILABLE: some replica is down, the leader
 * still serves. LISTENER_NOT_FOUND: the leader lives but not on our listener, so for us it has no leader.
 */
export function classifyPartitionError(code: number): PartitionCondition {
  switch (code) {
    case METADATA_ERROR.NONE:
      return 'ok';
    case METADATA_ERROR.LEADER_NOT_AVAILABLE:
    case METADATA_ERROR.LISTENER_NOT_FOUND:
      return 'leaderless';
    case METADATA_ERROR.REPLICA_NOT_AVAILABLE:
      return 'replica-missing';
    default:
      return 'unknown';
  }
}

type AnswerPartition = MetadataAnswer['topicMetadata'][number]['partitionMetadata'][number];

function toPartition(p: AnswerPartition): PartitionMetadata {
  const leaderless = classifyPartitionError(p.partitionErrorCode) === 'leaderless' || p.leader < 0;
  return {
    partition: p.partitionId,
    leader: leaderless ? -1 : p.leader,
    replicas: p.replicas,
    isr: p.isr,
    offlineReplicas: p.offlineReplicas ?? [],
  };
}

/**
 * A topic-level error (deleted a moment ago, not authorized) leaves that topic out; partition-level errors
 * keep the partition, marked by its leader. Brokers named by replicas but absent from the live list are
 * missing; `lastSeen` gives their last known address.
 */
export function reshapeMetadata(answer: MetadataAnswer, lastSeen: ReadonlyMap<number, BrokerMetadata> = new Map()): ClusterMetadata {
  const brokers = answer.brokers.map((b) => ({ id: b.nodeId, host: b.host, port: b.port, rack: b.rack ?? null }));
  const topics = answer.topicMetadata
    .filter((t) => t.topicErrorCode === METADATA_ERROR.NONE)
    .map((t) => ({
      name: t.topic,
      internal: t.isInternal ?? false,
      partitions: t.partitionMetadata.map(toPartition).sort((a, b) => a.partition - b.partition),
    }));
  const live = new Set(brokers.map((b) => b.id));
  const missing = new Set<number>();
  for (const t of topics) {
    for (const p of t.partitions) for (const id of [...p.replicas, ...p.offlineReplicas]) if (!live.has(id)) missing.add(id);
  }
  return {
    clusterId: answer.clusterId ?? null,
    controllerId: answer.controllerId !== undefined && answer.controllerId >= 0 ? answer.controllerId : null,
    brokers,
    missingBrokers: [...missing]
      .sort((a, b) => a - b)
      .map((id) => {
        const seen = lastSeen.get(id);
        return { id, host: seen?.host ?? null, port: seen?.port ?? null, rack: seen?.rack ?? null };
      }),
    topics,
  };
}
