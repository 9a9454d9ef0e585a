import 'server-only';
// Partition reassignment: a proposed plan and its diff, executed under a replication throttle, watched
// per partition, cancelled, and its throttle removed once nothing moves any more.
import type {
  ExecuteReassignmentBody,
  ReassignmentCancellation,
  ReassignmentCompletion,
  ReassignmentExecution,
  ReassignmentList,
  ReassignmentPlanBody,
  ReassignmentProposal,
} from '../api/schemas/reassignments';
import { MAX_REASSIGNMENT_PARTITIONS } from '../api/schemas/reassignments';
import type { ClusterConfig } from '../config/schema';
import { assertWritable, getCluster } from '../config/clusters';
import { badRequest } from '../errors';
import { CONFIG_OP, type ConfigOperation, incrementalAlterConfigs, RESOURCE_TYPE } from '../kafka/configs';
import { type ClusterMetadata, getClusterMetadata, invalidateMetadata } from '../kafka/metadata';
import { alterPartitionReassignments, listPartitionReassignments } from '../kafka/reassignments';
import { assertTopicChangeAllowed, isProtectedTopic } from '../topics/protected';
import { diffPlan, type PartitionReplicas, planThrottle, proposeBalance, proposeDrain, type ThrottlePlan, validatePlan } from './reassignment-plan';
import { reassignmentProgress } from './reassignment-progress';
import { readUntil } from './read-until';

const THROTTLE_RATE_KEYS = ['leader.replication.throttled.rate', 'follower.replication.throttled.rate'] as const;
const THROTTLE_REPLICA_KEYS = { leader: 'leader.replication.throttled.replicas', follower: 'follower.replication.throttled.replicas' } as const;

function partitionsOf(md: ClusterMetadata, topics: Iterable<string>): PartitionReplicas[] {
  const wanted = new Set(topics);
  return md.topics
    .filter((t) => wanted.has(t.name))
    .flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partition, replicas: p.replicas })));
}

async function freshMetadata(clusterName: string): Promise<ClusterMetadata> {
  invalidateMetadata(clusterName);
  return getClusterMetadata(clusterName);
}

/** Topics a plan may touch: those named (each protected one refused), else every unprotected topic. */
function plannableTopics(cluster: ClusterConfig, md: ClusterMetadata, named: string[] | undefined): string[] {
  if (!named) return md.topics.filter((t) => cluster.allowInternalTopicChanges || !isProtectedTopic(t.name, t.internal)).map((t) => t.name);
  for (const name of named) {
    const topic = md.topics.find((t) => t.name === name);
    if (!topic) throw badRequest(`Topic "${name}" does not exist in cluster "${cluster.name}"`);
    assertTopicChangeAllowed(cluster, topic, 'reassign');
  }
  return named;
}

/** A dry run by nature: proposes, moves nothing. */
export async function proposeReassignment(clusterName: string, body: ReassignmentPlanBody): Promise<ReassignmentProposal> {
  const cluster = getCluster(clusterName);
  const md = await freshMetadata(clusterName);
  const current = partitionsOf(md, plannableTopics(cluster, md, body.topics));
  if (current.length > MAX_REASSIGNMENT_PARTITIONS) {
    throw badRequest(`${current.length} partitions are more than one plan may hold (${MAX_REASSIGNMENT_PARTITIONS}): choose topics`);
  }
  const live = md.brokers.map((b) => b.id);
  const proposed = body.kind === 'drain' ? proposeDrain(live, current, body.brokerId!) : proposeBalance(live, current);
  const moves = diffPlan(current, proposed);
  const changed = new Set(moves.map((m) => `${m.topic}:${m.partition}`));
  return {
    partitions: proposed.filter((p) => changed.has(`${p.topic}:${p.partition}`)),
    moves,
    warnings: [],
    throttledBrokers: planThrottle(moves).brokers,
  };
}

const brokerResource = (id: number) => ({ type: RESOURCE_TYPE.broker, name: String(id) });
const topicResource = (topic: string) => ({ type: RESOURCE_TYPE.topic, name: topic });

/** Every resource's operations validated by Kafka before any is applied, so a refusal changes nothing. */
async function alterAll(clusterName: string, changes: { resource: { type: number; name: string }; ops: ConfigOperation[] }[]): Promise<void> {
  for (const c of changes) await incrementalAlterConfigs(clusterName, c.resource, c.ops, true);
  for (const c of changes) await incrementalAlterConfigs(clusterName, c.resource, c.ops, false);
}

function throttleChanges(throttle: ThrottlePlan, live: number[], bytesPerSecond: number) {
  const set = (name: string, value: string): ConfigOperation => ({ name, op: CONFIG_OP.set, value });
  return [
    ...throttle.brokers
      .filter((b) => live.includes(b))
      .map((b) => ({ resource: brokerResource(b), ops: THROTTLE_RATE_KEYS.map((k) => set(k, String(bytesPerSecond))) })),
    ...throttle.topics.map((t) => ({
      resource: topicResource(t.topic),
      ops: [set(THROTTLE_REPLICA_KEYS.leader, t.leaderReplicas), set(THROTTLE_REPLICA_KEYS.follower, t.followerReplicas)],
    })),
  ];
}

/** Removes only the throttle keys: of the topics named, and of every live broker (as kafka-reassign-partitions --verify). */
async function removeThrottles(clusterName: string, topics: string[], brokers: number[]): Promise<void> {
  const del = (name: string): ConfigOperation => ({ name, op: CONFIG_OP.delete, value: null });
  await alterAll(clusterName, [
    ...brokers.map((b) => ({ resource: brokerResource(b), ops: THROTTLE_RATE_KEYS.map(del) })),
    ...topics.map((t) => ({ resource: topicResource(t), ops: Object.values(THROTTLE_REPLICA_KEYS).map(del) })),
  ]);
}

export async function executeReassignment(clusterName: string, body: ExecuteReassignmentBody): Promise<ReassignmentExecution> {
  const cluster = body.dryRun ? getCluster(clusterName) : assertWritable(clusterName);
  const md = await freshMetadata(clusterName);
  const topics = [...new Set(body.partitions.map((p) => p.topic))];
  const current = partitionsOf(md, topics);
  const live = md.brokers.map((b) => b.id);
  const warnings = validatePlan(clusterName, live, current, body.partitions);
  for (const t of md.topics.filter((t) => topics.includes(t.name))) assertTopicChangeAllowed(cluster, t, 'reassign');
  const moves = diffPlan(current, body.partitions);
  const throttle = planThrottle(moves);
  const answer = { dryRun: body.dryRun, moves, warnings, throttledBrokers: body.throttleBytesPerSecond === null ? [] : throttle.brokers, throttleBytesPerSecond: body.throttleBytesPerSecond };
  if (body.dryRun || moves.length === 0) return { ...answer, results: [] };
  if (body.throttleBytesPerSecond !== null) await alterAll(clusterName, throttleChanges(throttle, live, body.throttleBytesPerSecond));
  try {
    const results = await alterPartitionReassignments(clusterName, moves.map((m) => ({ topic: m.topic, partition: m.partition, replicas: m.proposedReplicas })));
    return { ...answer, results: results.map(({ topic, partition, error }) => ({ topic, partition, error })) };
  } catch (err) {
    // Nothing started: the throttle just set would only slow the cluster's own replication.
    if (body.throttleBytesPerSecond !== null) await removeThrottles(clusterName, throttle.topics.map((t) => t.topic), throttle.brokers.filter((b) => live.includes(b))).catch(() => undefined);
    throw err;
  } finally {
    invalidateMetadata(clusterName);
  }
}

/** Every reassignment under way in the cluster, with each partition's in-sync replicas. */
export async function listReassignments(clusterName: string): Promise<ReassignmentList> {
  getCluster(clusterName);
  const ongoing = await listPartitionReassignments(clusterName, null);
  const md = await freshMetadata(clusterName);
  const now = partitionsOf(md, new Set(ongoing.map((o) => o.topic))).map((p) => ({ ...p, isr: isrOf(md, p) }));
  return { partitions: reassignmentProgress(null, ongoing, now) };
}

const isrOf = (md: ClusterMetadata, p: { topic: string; partition: number }) =>
  md.topics.find((t) => t.name === p.topic)?.partitions.find((x) => x.partition === p.partition)?.isr ?? [];

/**
 * Progress of a plan, as `kafka-reassign-partitions --verify`: once nothing moves in the whole cluster the
 * throttle keys are removed from the plan's topics and every broker; until then they stay.
 */
export async function completeReassignment(clusterName: string, plan: PartitionReplicas[]): Promise<ReassignmentCompletion> {
  assertWritable(clusterName);
  const ongoing = await listPartitionReassignments(clusterName, null);
  const topics = [...new Set(plan.map((p) => p.topic))];
  const progressNow = async () => {
    const md = await freshMetadata(clusterName);
    const now = partitionsOf(md, topics).map((p) => ({ ...p, isr: isrOf(md, p) }));
    return { md, partitions: reassignmentProgress(plan, ongoing, now) };
  };
  if (ongoing.length > 0) return { partitions: (await progressNow()).partitions, throttleRemoved: false };
  // A move the controller has finished can still show its old replicas on the broker asked for metadata
  // (it applies the metadata log a moment later): "not moved" is only said once a brief re-read agrees.
  const { md, partitions } = await readUntil(progressNow, (p) => p.partitions.every((x) => x.state === 'done'));
  await removeThrottles(clusterName, topics.filter((t) => md.topics.some((x) => x.name === t)), md.brokers.map((b) => b.id));
  return { partitions, throttleRemoved: true };
}

/** Puts each partition back on the replicas it had before its move (AlterPartitionReassignments with null). */
export async function cancelReassignment(clusterName: string, partitions: { topic: string; partition: number }[]): Promise<ReassignmentCancellation> {
  const cluster = assertWritable(clusterName);
  const md = await getClusterMetadata(clusterName);
  for (const t of md.topics.filter((t) => partitions.some((p) => p.topic === t.name))) assertTopicChangeAllowed(cluster, t, 'reassign');
  try {
    const results = await alterPartitionReassignments(clusterName, partitions.map((p) => ({ ...p, replicas: null })));
    return { results: results.map(({ topic, partition, error }) => ({ topic, partition, error })) };
  } finally {
    invalidateMetadata(clusterName);
  }
}
