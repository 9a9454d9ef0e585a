import 'server-only';
// The group requests of Kafka 4 that kafkajs 2.2.4 cannot send: ListGroups v5 (group type and state),
// ConsumerGroupDescribe (KIP-848 groups), ShareGroupDescribe (KIP-932 groups) and OffsetFetch v8 (many
// groups in one request) and DescribeShareGroupOffsets (where a share group stands in each partition). Field order follows Kafka's message definitions (kafka-clients
// common/message/*.json). Pure codecs: every decoder starts after the correlation id, at the flexible
// response header's tagged fields.
import { WireReader, WireWriter } from './wire';

export const GROUP_API_KEY = { offsetFetch: 9, listGroups: 16, consumerGroupDescribe: 69, shareGroupDescribe: 77, describeShareGroupOffsets: 90 } as const;

/** GroupType as ListGroups v5 spells it; kafka-consumer-groups --list --type prints them capitalised. */
export type KafkaGroupType = 'classic' | 'consumer' | 'share' | 'streams';

export interface ListedGroup {
  groupId: string;
  protocolType: string;
  state: string;
  type: string;
}

export function encodeListGroupsV5(statesFilter: string[] = [], typesFilter: string[] = []): Buffer {
  return new WireWriter()
    .compactArray(statesFilter, (w, s) => w.compactString(s))
    .compactArray(typesFilter, (w, t) => w.compactString(t))
    .noTags()
    .toBuffer();
}

export function decodeListGroupsV5(buf: Buffer): { errorCode: number; groups: ListedGroup[] } {
  const r = new WireReader(buf);
  r.tags(); // response header v1
  r.int32(); // throttle_time_ms
  const errorCode = r.int16();
  const groups = r.compactArray((g) => {
    const group = { groupId: g.compactString() ?? '', protocolType: g.compactString() ?? '', state: g.compactString() ?? '', type: g.compactString() ?? '' };
    g.tags();
    return group;
  });
  r.tags();
  return { errorCode, groups };
}

function encodeDescribe(groupIds: string[]): Buffer {
  return new WireWriter()
    .compactArray(groupIds, (w, g) => w.compactString(g))
    .int8(0) // include_authorized_operations: false
    .noTags()
    .toBuffer();
}

/** ConsumerGroupDescribe v0/v1 and ShareGroupDescribe v1 share the request layout. */
export const encodeConsumerGroupDescribe = encodeDescribe;
export const encodeShareGroupDescribe = encodeDescribe;

export interface TopicPartitions {
  topicId: string;
  topic: string;
  partitions: number[];
}

export interface DescribedMember {
  memberId: string;
  instanceId: string | null;
  rackId: string | null;
  memberEpoch: number;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  subscribedTopicRegex: string | null;
  assignment: TopicPartitions[];
  /** Consumer groups only: what the group's assignor wants the member to own next. */
  targetAssignment: TopicPartitions[] | null;
}

export interface DescribedGroup {
  errorCode: number;
  errorMessage: string | null;
  groupId: string;
  state: string;
  groupEpoch: number;
  assignmentEpoch: number;
  assignor: string;
  members: DescribedMember[];
}

/** A topic id (uuid) as the 32 hex digits Kafka's tools print in base64 elsewhere; enough to tell ids apart. */
function readUuid(r: WireReader): string {
  const hi = BigInt.asUintN(64, r.int64());
  const lo = BigInt.asUintN(64, r.int64());
  return hi.toString(16).padStart(16, '0') + lo.toString(16).padStart(16, '0');
}

function readAssignment(r: WireReader): TopicPartitions[] {
  const topics = r.compactArray((t) => {
    const topicId = readUuid(t);
    const topic = t.compactString() ?? '';
    const partitions = t.compactArray((p) => p.int32()).sort((a, b) => a - b);
    t.tags();
    return { topicId, topic, partitions };
  });
  r.tags();
  return topics.sort((a, b) => a.topic.localeCompare(b.topic));
}

function decodeDescribe(buf: Buffer, kind: 'consumer' | 'share', version: number): DescribedGroup[] {
  const r = new WireReader(buf);
  r.tags(); // response header v1
  r.int32(); // throttle_time_ms
  const groups = r.compactArray((g): DescribedGroup => {
    const errorCode = g.int16();
    const errorMessage = g.compactString();
    const groupId = g.compactString() ?? '';
    const state = g.compactString() ?? '';
    const groupEpoch = g.int32();
    const assignmentEpoch = g.int32();
    const assignor = g.compactString() ?? '';
    const members = g.compactArray((m): DescribedMember => {
      const memberId = m.compactString() ?? '';
      const instanceId = kind === 'consumer' ? m.compactString() : null;
      const rackId = m.compactString();
      const memberEpoch = m.int32();
      const clientId = m.compactString() ?? '';
      const clientHost = m.compactString() ?? '';
      const subscribedTopicNames = m.compactArray((s) => s.compactString() ?? '');
      const subscribedTopicRegex = kind === 'consumer' ? m.compactString() : null;
      const assignment = readAssignment(m);
      const targetAssignment = kind === 'consumer' ? readAssignment(m) : null;
      if (kind === 'consumer' && version >= 1) m.int8(); // member_type
      m.tags();
      return { memberId, instanceId, rackId, memberEpoch, clientId, clientHost, subscribedTopicNames, subscribedTopicRegex, assignment, targetAssignment };
    });
    g.int32(); // authorized_operations
    g.tags();
    return { errorCode, errorMessage, groupId, state, groupEpoch, assignmentEpoch, assignor, members };
  });
  r.tags();
  return groups;
}

export const decodeConsumerGroupDescribe = (buf: Buffer, version: number) => decodeDescribe(buf, 'consumer', version);
export const decodeShareGroupDescribe = (buf: Buffer) => decodeDescribe(buf, 'share', 1);

/** OffsetFetch v8: every group's committed offsets for all its partitions (null topics), unstable ones included. */
export function encodeOffsetFetchV8(groupIds: string[]): Buffer {
  return new WireWriter()
    .compactArray(groupIds, (w, g) => w.compactString(g).uvarint(0).noTags()) // topics: null (all)
    .int8(0) // require_stable: false, as kafka-consumer-groups reads
    .noTags()
    .toBuffer();
}

export interface FetchedGroupOffsets {
  groupId: string;
  errorCode: number;
  partitions: { topic: string; partition: number; offset: string; errorCode: number }[];
}

export function decodeOffsetFetchV8(buf: Buffer): FetchedGroupOffsets[] {
  const r = new WireReader(buf);
  r.tags(); // response header v1
  r.int32(); // throttle_time_ms
  const groups = r.compactArray((g): FetchedGroupOffsets => {
    const groupId = g.compactString() ?? '';
    const partitions = g
      .compactArray((t) => {
        const topic = t.compactString() ?? '';
        const parts = t.compactArray((p) => {
          const partition = p.int32();
          const offset = p.int64().toString();
          p.int32(); // committed_leader_epoch
          p.compactString(); // metadata
          const errorCode = p.int16();
          p.tags();
          return { topic, partition, offset, errorCode };
        });
        t.tags();
        return parts;
      })
      .flat();
    const errorCode = g.int16();
    g.tags();
    return { groupId, errorCode, partitions };
  });
  r.tags();
  return groups;
}

/** DescribeShareGroupOffsets v0/v1 for all of each group's share-partitions (null topics). */
export function encodeDescribeShareGroupOffsets(groupIds: string[]): Buffer {
  return new WireWriter()
    .compactArray(groupIds, (w, g) => w.compactString(g).uvarint(0).noTags())
    .noTags()
    .toBuffer();
}

export interface SharePartitionState {
  topic: string;
  partition: number;
  /** The share-partition start offset: records before it are all acknowledged; -1 when not initialised yet. */
  startOffset: string;
  /** v1+: records from the start offset to the end not yet acknowledged; -1 when unknown (and always at v0). */
  lag: string;
  errorCode: number;
}

export function decodeDescribeShareGroupOffsets(buf: Buffer, version: number): { groupId: string; errorCode: number; errorMessage: string | null; partitions: SharePartitionState[] }[] {
  const r = new WireReader(buf);
  r.tags(); // response header v1
  r.int32(); // throttle_time_ms
  const groups = r.compactArray((g) => {
    const groupId = g.compactString() ?? '';
    const partitions = g
      .compactArray((t) => {
        const topic = t.compactString() ?? '';
        readUuid(t);
        const parts = t.compactArray((p): SharePartitionState => {
          const partition = p.int32();
          const startOffset = p.int64().toString();
          p.int32(); // leader_epoch
          const lag = version >= 1 ? p.int64().toString() : '-1';
          const errorCode = p.int16();
          p.compactString(); // error_message
          p.tags();
          return { topic, partition, startOffset, lag, errorCode };
        });
        t.tags();
        return parts;
      })
      .flat();
    const errorCode = g.int16();
    const errorMessage = g.compactString();
    g.tags();
    return { groupId, errorCode, errorMessage, partitions };
  });
  r.tags();
  return groups;
}
