import 'server-only';
// The group requests behind a lag snapshot, sent straight to the right broker through kafkajs's internal
// cluster (kafkajs 2.2.4, pinned), so the cost grows with brokers and coordinators, never with partitions:
// ListGroups v5 per broker (every group type), FindCoordinator once per group (cached), one describe per
// coordinator and group type (DescribeGroups for classic groups, ConsumerGroupDescribe for KIP-848 ones,
// ShareGroupDescribe for KIP-932 ones) and OffsetFetch v8 per coordinator for many groups at once.
// Partition offsets (ListOffsets, Fetch) are in partition-offsets.ts.
import { AssignerProtocol } from 'kafkajs';
import type { RawCluster } from './client';
import { type FlexibleBroker, kafkaError, maxApiVersion, sendFlexible } from './broker-request';
import {
  type DescribedGroup,
  decodeConsumerGroupDescribe,
  decodeDescribeShareGroupOffsets,
  decodeListGroupsV5,
  decodeOffsetFetchV8,
  decodeShareGroupDescribe,
  encodeConsumerGroupDescribe,
  encodeDescribeShareGroupOffsets,
  encodeListGroupsV5,
  encodeOffsetFetchV8,
  encodeShareGroupDescribe,
  GROUP_API_KEY,
  type KafkaGroupType,
  type ListedGroup,
  type TopicPartitions,
} from './protocol/groups';

/** Kafka request counts of one snapshot, to show what a console costs the cluster. */
export interface RequestCounter {
  count: number;
}

export interface RawBroker extends FlexibleBroker {
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

export type GroupType = KafkaGroupType;

export interface GroupMemberState {
  memberId: string;
  clientId: string;
  host: string;
  assignment: { topic: string; partitions: number[] }[];
  /** KIP-848 and share members: the epoch of the member's assignment; null for classic members. */
  memberEpoch: number | null;
  instanceId: string | null;
  /** KIP-848 members: what the assignor wants the member to own once it has reconciled; null otherwise. */
  targetAssignment: { topic: string; partitions: number[] }[] | null;
}

export interface GroupState {
  groupId: string;
  type: GroupType;
  state: string;
  protocolType: string;
  /** Classic groups: the client-side assignment strategy; KIP-848 and share groups: the server-side assignor. */
  protocol: string;
  coordinatorId: number;
  members: GroupMemberState[];
  /** KIP-848 and share groups; null for classic groups. */
  groupEpoch: number | null;
  assignmentEpoch: number | null;
}

/** Enough parallel requests to hide latency, few enough not to flood a coordinator. */
const PARALLEL_REQUESTS = 16;
/** Groups per DescribeGroups/ConsumerGroupDescribe/OffsetFetch request: bounds one answer's size. */
const GROUPS_PER_REQUEST = 500;

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

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const GROUP_TYPES = new Set<string>(['classic', 'consumer', 'share', 'streams']);

/** Every group each broker coordinates, with its type: ListGroups v5 where the broker speaks it (Kafka 3.8+). */
export async function listGroupIds(cluster: GroupCluster, brokerIds: number[], counter: RequestCounter): Promise<(ListedGroup & { type: GroupType })[]> {
  const perBroker = await Promise.all(
    brokerIds.map(async (nodeId) => {
      counter.count++;
      const broker = await cluster.findBroker({ nodeId });
      if (maxApiVersion(broker, GROUP_API_KEY.listGroups) >= 5) {
        const answer = await sendFlexible(broker, GROUP_API_KEY.listGroups, 5, 'ListGroups', encodeListGroupsV5(), decodeListGroupsV5);
        if (answer.errorCode !== 0) throw kafkaError(answer.errorCode);
        return answer.groups.map((g) => ({ ...g, type: (GROUP_TYPES.has(g.type) ? g.type : 'classic') as GroupType }));
      }
      return (await broker.listGroups()).groups.map((g) => ({ groupId: g.groupId, protocolType: g.protocolType, state: '', type: 'classic' as const }));
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

const byTopicName = (tps: TopicPartitions[]) => tps.map((t) => ({ topic: t.topic, partitions: t.partitions }));

function fromDescribed(g: DescribedGroup, type: 'consumer' | 'share', nodeId: number): GroupState {
  return {
    groupId: g.groupId,
    type,
    state: g.state,
    protocolType: type,
    protocol: g.assignor,
    coordinatorId: nodeId,
    groupEpoch: g.groupEpoch,
    assignmentEpoch: g.assignmentEpoch,
    members: g.members.map((m) => ({
      memberId: m.memberId,
      clientId: m.clientId,
      host: m.clientHost,
      assignment: byTopicName(m.assignment),
      memberEpoch: m.memberEpoch,
      instanceId: m.instanceId,
      targetAssignment: m.targetAssignment ? byTopicName(m.targetAssignment) : null,
    })),
  };
}

const GROUP_ID_NOT_FOUND = 69;

/** KIP-848 or share groups on one coordinator; a group of another type (or none) answers GROUP_ID_NOT_FOUND. */
async function describeNewGroups(broker: RawBroker, type: 'consumer' | 'share', ids: string[], nodeId: number, counter: RequestCounter) {
  const key = type === 'consumer' ? GROUP_API_KEY.consumerGroupDescribe : GROUP_API_KEY.shareGroupDescribe;
  const max = maxApiVersion(broker, key);
  const found: GroupState[] = [];
  const missing: string[] = [];
  if (max < (type === 'consumer' ? 0 : 1)) return { found, missing: ids };
  for (const batch of chunks(ids, GROUPS_PER_REQUEST)) {
    counter.count++;
    const groups =
      type === 'consumer'
        ? await sendFlexible(broker, key, Math.min(max, 1), 'ConsumerGroupDescribe', encodeConsumerGroupDescribe(batch), (b) => decodeConsumerGroupDescribe(b, Math.min(max, 1)))
        : await sendFlexible(broker, key, 1, 'ShareGroupDescribe', encodeShareGroupDescribe(batch), decodeShareGroupDescribe);
    for (const g of groups) {
      if (g.errorCode === GROUP_ID_NOT_FOUND) missing.push(g.groupId);
      else if (g.errorCode !== 0) throw kafkaError(g.errorCode, g.errorMessage);
      else found.push(fromDescribed(g, type, nodeId));
    }
  }
  return { found, missing };
}

async function describeClassicGroups(broker: RawBroker, ids: string[], nodeId: number, counter: RequestCounter): Promise<GroupState[]> {
  const out: GroupState[] = [];
  for (const batch of chunks(ids, GROUPS_PER_REQUEST)) {
    counter.count++;
    const { groups } = await broker.describeGroups({ groupIds: batch });
    for (const g of groups) {
      out.push({
        groupId: g.groupId,
        type: 'classic',
        state: g.state,
        protocolType: g.protocolType,
        protocol: g.protocol,
        coordinatorId: nodeId,
        groupEpoch: null,
        assignmentEpoch: null,
        members: g.members.map((m) => ({
          memberId: m.memberId,
          clientId: m.clientId,
          host: m.clientHost,
          assignment: decodeAssignment(g.protocolType, m.memberAssignment),
          memberEpoch: null,
          instanceId: null,
          targetAssignment: null,
        })),
      });
    }
  }
  return out;
}

/** A group with only its listing known (a Streams group): state from ListGroups, no members described. */
function listedOnly(g: ListedGroup & { type: GroupType }, nodeId: number): GroupState {
  return { groupId: g.groupId, type: g.type, state: g.state, protocolType: g.protocolType, protocol: '', coordinatorId: nodeId, members: [], groupEpoch: null, assignmentEpoch: null };
}

export interface GroupToDescribe {
  groupId: string;
  /** From ListGroups; undefined when only the id is known (one group's page): every describe is tried in turn. */
  listed?: ListedGroup & { type: GroupType };
}

async function describeOnCoordinator(broker: RawBroker, nodeId: number, groups: GroupToDescribe[], counter: RequestCounter): Promise<GroupState[]> {
  const ofType = (t: GroupType) => groups.filter((g) => g.listed?.type === t).map((g) => g.groupId);
  const unknown = groups.filter((g) => !g.listed).map((g) => g.groupId);
  const classic = await describeClassicGroups(broker, [...ofType('classic'), ...unknown], nodeId, counter);
  // Kafka answers DescribeGroups for a group of another type as Dead: such an unknown id may be a KIP-848 or share group.
  const unknownSet = new Set(unknown);
  const maybeNew = classic.filter((g) => g.state === 'Dead' && unknownSet.has(g.groupId)).map((g) => g.groupId);
  const consumer = await describeNewGroups(broker, 'consumer', [...ofType('consumer'), ...maybeNew], nodeId, counter);
  const maybeShare = consumer.missing.filter((id) => unknownSet.has(id));
  const share = await describeNewGroups(broker, 'share', [...ofType('share'), ...maybeShare], nodeId, counter);
  const described = new Set([...consumer.found, ...share.found].map((g) => g.groupId));
  return [
    ...classic.filter((g) => !described.has(g.groupId)),
    ...consumer.found,
    ...share.found,
    ...groups.filter((g) => g.listed?.type === 'streams').map((g) => listedOnly(g.listed!, nodeId)),
  ];
}

/** One describe per coordinator and group type, members with their assignments. */
export async function describeGroupStates(cluster: GroupCluster, clusterName: string, groups: GroupToDescribe[], counter: RequestCounter): Promise<GroupState[]> {
  const coordinators = await mapLimit(groups, PARALLEL_REQUESTS, (g) => coordinatorOf(cluster, clusterName, g.groupId, counter));
  const byCoordinator = new Map<number, GroupToDescribe[]>();
  groups.forEach((g, i) => byCoordinator.set(coordinators[i]!, [...(byCoordinator.get(coordinators[i]!) ?? []), g]));
  const answers = await Promise.all(
    [...byCoordinator].map(async ([nodeId, members]) => {
      try {
        return await describeOnCoordinator(await cluster.findBroker({ nodeId }), nodeId, members, counter);
      } catch (err) {
        for (const g of members) forgetCoordinator(clusterName, g.groupId);
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

/**
 * Committed offsets of all of each group's partitions, in the order of `groups`. OffsetFetch v8+ asks one
 * coordinator for many groups at once; an older broker gets one OffsetFetch (null topics, v2+) per group.
 * Share groups commit nothing: their progress is the share-partition state.
 */
export async function fetchCommittedOffsets(cluster: GroupCluster, clusterName: string, groups: GroupState[], counter: RequestCounter): Promise<CommittedOffset[][]> {
  const result = new Map<string, CommittedOffset[]>();
  const byCoordinator = new Map<number, string[]>();
  for (const g of groups) if (g.type !== 'share') byCoordinator.set(g.coordinatorId, [...(byCoordinator.get(g.coordinatorId) ?? []), g.groupId]);
  await Promise.all(
    [...byCoordinator].map(async ([nodeId, ids]) => {
      try {
        const broker = await cluster.findBroker({ nodeId });
        if (maxApiVersion(broker, GROUP_API_KEY.offsetFetch) >= 8) {
          await mapLimit(chunks(ids, GROUPS_PER_REQUEST), PARALLEL_REQUESTS, async (batch) => {
            counter.count++;
            for (const g of await sendFlexible(broker, GROUP_API_KEY.offsetFetch, 8, 'OffsetFetch', encodeOffsetFetchV8(batch), decodeOffsetFetchV8)) {
              if (g.errorCode !== 0 && g.errorCode !== GROUP_ID_NOT_FOUND) throw kafkaError(g.errorCode);
              result.set(g.groupId, g.partitions.filter((p) => p.errorCode === 0).map(({ topic, partition, offset }) => ({ topic, partition, offset })));
            }
          });
          return;
        }
        await mapLimit(ids, PARALLEL_REQUESTS, async (groupId) => {
          counter.count++;
          const { responses } = await broker.offsetFetch({ groupId, topics: [] });
          result.set(groupId, responses.flatMap((t) => t.partitions.filter((p) => p.errorCode === 0).map((p) => ({ topic: t.topic, partition: p.partition, offset: p.offset }))));
        });
      } catch (err) {
        for (const g of ids) forgetCoordinator(clusterName, g);
        throw err;
      }
    }),
  );
  return groups.map((g) => result.get(g.groupId) ?? []);
}

export interface SharePartitionProgress {
  topic: string;
  partition: number;
  /** null: the share-partition is not initialised yet (no record delivered), as kafka-share-groups prints "-". */
  startOffset: number | null;
  lag: number | null;
}

/** Where a share group stands in each share-partition (DescribeShareGroupOffsets), as kafka-share-groups --describe. */
export async function describeSharePartitions(cluster: GroupCluster, clusterName: string, groupId: string): Promise<SharePartitionProgress[]> {
  const coordinator = await coordinatorOf(cluster, clusterName, groupId, { count: 0 });
  const broker = await cluster.findBroker({ nodeId: coordinator });
  const version = Math.min(maxApiVersion(broker, GROUP_API_KEY.describeShareGroupOffsets), 1);
  if (version < 0) return [];
  const [group] = await sendFlexible(broker, GROUP_API_KEY.describeShareGroupOffsets, version, 'DescribeShareGroupOffsets', encodeDescribeShareGroupOffsets([groupId]), (b) =>
    decodeDescribeShareGroupOffsets(b, version),
  );
  if (!group) return [];
  if (group.errorCode !== 0) throw kafkaError(group.errorCode, group.errorMessage);
  const known = (v: string) => (Number(v) >= 0 ? Number(v) : null);
  return group.partitions
    .filter((p) => p.errorCode === 0)
    .map((p) => ({ topic: p.topic, partition: p.partition, startOffset: known(p.startOffset), lag: known(p.lag) }))
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

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
