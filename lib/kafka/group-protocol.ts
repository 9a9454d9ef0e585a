import 'server-only';
// The group requests behind a lag snapshot, sent straight to the right broker through kafkajs's internal
// cluster (kafkajs 2.2.4, pinned), so the cost grows with brokers and groups, never with partitions:
// ListGroups per broker, FindCoordinator once per group (cached), DescribeGroups per coordinator and
// OffsetFetch per group. Partition offsets (ListOffsets, Fetch) are in partition-offsets.ts.
import { AssignerProtocol } from 'kafkajs';
import type { RawCluster } from './client';

/** Kafka request counts of one snapshot, to show what a console costs the cluster. */
export interface RequestCounter {
  count: number;
}

export interface RawBroker {
  listGroups(): Promise<{ groups: { groupId: string; protocolType: string }[] }>;
  describeGroups(args: { groupIds: string[] }): Promise<{ groups: RawGroup[] }>;
  offsetFetch(args: { groupId: string; topics: [] }): Promise<{
    responses: { topic: string; partitions: { partition: number; offset: string; errorCode: number }[] }[];
  }>;
  listOffsets(args: {
    isolationLevel: number;
    topics: { topic: string; partitions: { partition: number; timestamp: number }[] }[];
  }): Promise<{ responses: { topic: string; partitions: { partition: number; offset: string; errorCode: number }[] }[] }>;
  offsetCommit(args: {
    groupId: string;
    groupGenerationId: number;
    memberId: string;
    retentionTime: number;
    topics: { topic: string; partitions: { partition: number; offset: string }[] }[];
  }): Promise<unknown>;
  deleteGroups(groupIds: string[]): Promise<{ results: { groupId: string; errorCode: number; error?: Error }[] }>;
  fetch(args: object): Promise<{
    responses: { topicName: string; partitions: { partition: number; errorCode: number; messages: { offset: string; timestamp: string; key: Buffer | null; value: Buffer | null }[] }[] }[];
  }>;
}

interface RawGroup {
  groupId: string;
  state: string;
  protocolType: string;
  protocol: string;
  members: { memberId: string; clientId: string; clientHost: string; memberAssignment: Buffer }[];
}

/** The parts of kafkajs's Cluster a snapshot uses, typed for the group requests it sends. */
export interface GroupCluster {
  findBroker(args: { nodeId: number | string }): Promise<RawBroker>;
  findGroupCoordinatorMetadata(args: { groupId: string; coordinatorType: number }): Promise<{ coordinator: { nodeId: number } }>;
}

export const asGroupCluster = (raw: RawCluster) => raw as unknown as GroupCluster;

export interface GroupMemberState {
  memberId: string;
  clientId: string;
  host: string;
  assignment: { topic: string; partitions: number[] }[];
}

export interface GroupState {
  groupId: string;
  state: string;
  protocolType: string;
  protocol: string;
  coordinatorId: number;
  members: GroupMemberState[];
}

/** Enough parallel requests to hide latency, few enough not to flood a coordinator. */
const PARALLEL_REQUESTS = 16;

export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function listGroupIds(cluster: GroupCluster, brokerIds: number[], counter: RequestCounter) {
  const perBroker = await Promise.all(
    brokerIds.map(async (nodeId) => {
      counter.count++;
      return (await (await cluster.findBroker({ nodeId })).listGroups()).groups;
    }),
  );
  return perBroker.flat();
}

// Coordinators move only when brokers do; a wrong cached one answers NOT_COORDINATOR and is forgotten.
const coordinatorCache = new Map<string, number>();
const COORDINATOR_CACHE_MAX = 50_000;

async function coordinatorOf(cluster: GroupCluster, clusterName: string, groupId: string, counter: RequestCounter): Promise<number> {
  const key = `${clusterName}\u0000${groupId}`;
  const cached = coordinatorCache.get(key);
  if (cached !== undefined) return cached;
  counter.count++;
  const { coordinator } = await cluster.findGroupCoordinatorMetadata({ groupId, coordinatorType: 0 });
  if (coordinatorCache.size >= COORDINATOR_CACHE_MAX) coordinatorCache.clear();
  coordinatorCache.set(key, coordinator.nodeId);
  return coordinator.nodeId;
}

export function forgetCoordinator(clusterName: string, groupId: string): void {
  coordinatorCache.delete(`${clusterName}\u0000${groupId}`);
}

function decodeAssignment(protocolType: string, buffer: Buffer): GroupMemberState['assignment'] {
  if (protocolType !== 'consumer' || !buffer?.length) return [];
  try {
    const decoded = AssignerProtocol.MemberAssignment.decode(buffer);
    return Object.entries(decoded?.assignment ?? {}).map(([topic, partitions]) => ({ topic, partitions: [...partitions].sort((a, b) => a - b) }));
  } catch {
    // A client with its own assignment format (not the Java/librdkafka consumer protocol): show no assignment.
    return [];
  }
}

/** DescribeGroups, one request per coordinator, members with their decoded assignments. */
export async function describeGroupStates(cluster: GroupCluster, clusterName: string, groupIds: string[], counter: RequestCounter): Promise<GroupState[]> {
  const coordinators = await mapLimit(groupIds, PARALLEL_REQUESTS, (g) => coordinatorOf(cluster, clusterName, g, counter));
  const byCoordinator = new Map<number, string[]>();
  groupIds.forEach((g, i) => byCoordinator.set(coordinators[i]!, [...(byCoordinator.get(coordinators[i]!) ?? []), g]));
  const answers = await Promise.all(
    [...byCoordinator].map(async ([nodeId, ids]) => {
      counter.count++;
      try {
        const { groups } = await (await cluster.findBroker({ nodeId })).describeGroups({ groupIds: ids });
        return groups.map((g): GroupState => ({
          groupId: g.groupId,
          state: g.state,
          protocolType: g.protocolType,
          protocol: g.protocol,
          coordinatorId: nodeId,
          members: g.members.map((m) => ({ memberId: m.memberId, clientId: m.clientId, host: m.clientHost, assignment: decodeAssignment(g.protocolType, m.memberAssignment) })),
        }));
      } catch (err) {
        for (const g of ids) forgetCoordinator(clusterName, g);
        throw err;
      }
    }),
  );
  return answers.flat();
}

export interface CommittedOffset {
  topic: string;
  partition: number;
  offset: string;
}

/** OffsetFetch for all of a group's committed partitions (null topic list: OffsetFetch v2+), one per group. */
export async function fetchCommittedOffsets(cluster: GroupCluster, clusterName: string, groups: GroupState[], counter: RequestCounter) {
  return mapLimit(groups, PARALLEL_REQUESTS, async (g): Promise<CommittedOffset[]> => {
    counter.count++;
    try {
      const { responses } = await (await cluster.findBroker({ nodeId: g.coordinatorId })).offsetFetch({ groupId: g.groupId, topics: [] });
      return responses.flatMap((t) => t.partitions.filter((p) => p.errorCode === 0).map((p) => ({ topic: t.topic, partition: p.partition, offset: p.offset })));
    } catch (err) {
      forgetCoordinator(clusterName, g.groupId);
      throw err;
    }
  });
}

export const tpKey = (topic: string, partition: number) => `${topic}\u0000${partition}`;

export type LeaderMap = Map<number, { topic: string; partition: number }[]>;

/**
 * OffsetCommit outside the group (generation -1, no member id), as Kafka's AdminClient alters offsets:
 * the coordinator refuses it while the group has members. kafkajs's admin.setOffsets joins the group instead.
 */
export async function commitGroupOffsets(cluster: GroupCluster, clusterName: string, groupId: string, topic: string, offsets: { partition: number; offset: number }[]) {
  const coordinator = await coordinatorOf(cluster, clusterName, groupId, { count: 0 });
  await (await cluster.findBroker({ nodeId: coordinator })).offsetCommit({
    groupId,
    groupGenerationId: -1,
    memberId: '',
    retentionTime: -1,
    topics: [{ topic, partitions: offsets.map((o) => ({ partition: o.partition, offset: String(o.offset) })) }],
  });
}

export async function deleteGroupOnCoordinator(cluster: GroupCluster, clusterName: string, groupId: string) {
  const coordinator = await coordinatorOf(cluster, clusterName, groupId, { count: 0 });
  const { results } = await (await cluster.findBroker({ nodeId: coordinator })).deleteGroups([groupId]);
  const failed = results.find((r) => r.errorCode !== 0);
  if (failed?.error) throw failed.error;
  forgetCoordinator(clusterName, groupId);
}
