import { afterAll, describe, expect, it } from 'vitest';
import { api, eventually, testEnv, uniqueName } from './env';
import { produce } from '../helpers/kafka-clients';
import { createTopic, describeGroupCli } from './groups-helpers';
import {
  cliAssignment,
  describeMembersCli,
  describeShareGroupCli,
  describeShareMembersCli,
  describeStateCli,
  listTypesCli,
  startConsoleConsumer,
  startConsoleShareConsumer,
  stopAllConsumers,
  stopConsumer,
} from './group-types-helpers';

const bootstrap = testEnv.single.bootstrap;
const groupPath = (group: string, rest = '') => `/api/clusters/local/consumer-groups/${encodeURIComponent(group)}${rest}`;

interface ApiMember {
  memberId: string;
  clientId: string;
  memberEpoch: number | null;
  assignment: { topic: string; partitions: number[] }[];
  targetAssignment: { topic: string; partitions: number[] }[] | null;
}
interface ApiPartition {
  topic: string;
  partition: number;
  committedOffset: number | null;
  logEndOffset: number;
  lag: number;
  memberId?: string;
}

afterAll(stopAllConsumers);

/** The API's committed partitions as kafka-consumer-groups --describe --offsets prints them. */
function offsetsOf(partitions: ApiPartition[]) {
  return partitions.map((p) => ({ topic: p.topic, partition: p.partition, currentOffset: p.committedOffset, logEndOffset: p.logEndOffset, lag: p.lag, consumerId: p.memberId ?? null }));
}

describe('KIP-848 and classic groups side by side, against kafka-consumer-groups', () => {
  it('lists both with their type, shows members, epochs, assignments and lag as the CLI, and refuses reset and delete until they stop', async () => {
    const topic = uniqueName('types');
    const [newGroup, oldGroup] = [uniqueName('g-848'), uniqueName('g-classic')];
    createTopic(bootstrap, topic, 3);
    await produce(bootstrap, topic, 3, 10);
    const kip848 = startConsoleConsumer(bootstrap, topic, newGroup, 'consumer');
    const classic = startConsoleConsumer(bootstrap, topic, oldGroup, 'classic');

    // Both have read everything and committed it (polled on the API, which is cheap; the CLI checks it below).
    await eventually(async () => {
      const answers = await Promise.all([api(groupPath(newGroup)), api(groupPath(oldGroup))]);
      return answers.every((r) => r.status === 200 && r.body.members.length === 1 && r.body.partitions.length === 3 && r.body.totalLag === 0 && r.body.partitions.every((p: ApiPartition) => p.memberId))
        ? true
        : undefined;
    }, { timeoutMs: 180_000, intervalMs: 1_000 });

    const cliTypes = listTypesCli(bootstrap);
    expect(cliTypes.get(newGroup)).toBe('Consumer');
    expect(cliTypes.get(oldGroup)).toBe('Classic');
    const list = await api('/api/clusters/local/consumer-groups');
    expect(list.status).toBe(200);
    const listed = (id: string) => list.body.groups.find((g: { groupId: string }) => g.groupId === id);
    expect(listed(newGroup)).toMatchObject({ type: 'consumer', protocolType: 'consumer', state: 'Stable', members: 1, topics: [topic], partitions: 3, totalLag: 0 });
    expect(listed(oldGroup)).toMatchObject({ type: 'classic', protocolType: 'consumer', state: 'Stable', members: 1, topics: [topic], partitions: 3, totalLag: 0 });
    const onlyNew = await api('/api/clusters/local/consumer-groups?type=consumer');
    expect(onlyNew.body.groups.every((g: { type: string }) => g.type === 'consumer')).toBe(true);
    expect(onlyNew.body.groups.some((g: { groupId: string }) => g.groupId === newGroup)).toBe(true);

    // The KIP-848 group's page: epochs, server-side assignor, members with current and target assignment.
    const detail = await eventually(async () => {
      const r = await api(groupPath(newGroup));
      const cliMembers = describeMembersCli(bootstrap, newGroup);
      const state = describeStateCli(bootstrap, newGroup);
      return r.status === 200 && Number(state['GROUP-EPOCH']) === r.body.groupEpoch ? { body: r.body, cliMembers, state } : undefined;
    });
    expect(detail.body).toMatchObject({ type: 'consumer', state: detail.state.STATE, assignor: detail.state['ASSIGNMENT-STRATEGY'] });
    expect(detail.body.assignmentEpoch).toBe(Number(detail.state['TARGET-ASSIGNMENT-EPOCH']));
    const members = (detail.body.members as ApiMember[]).sort((a, b) => a.memberId.localeCompare(b.memberId));
    expect(
      members.map((m) => ({ memberId: m.memberId, clientId: m.clientId, currentEpoch: m.memberEpoch, assignment: cliAssignment(m.assignment), targetAssignment: cliAssignment(m.targetAssignment) })),
    ).toEqual(detail.cliMembers.map(({ targetEpoch: _t, ...m }) => m));
    expect(members[0]!.assignment).toEqual([{ topic, partitions: [0, 1, 2] }]);
    expect(offsetsOf(detail.body.partitions)).toEqual(describeGroupCli(bootstrap, newGroup));

    // The classic group keeps its classic shape: no epochs, no target assignment.
    const old = await api(groupPath(oldGroup));
    expect(old.body).toMatchObject({ type: 'classic', groupEpoch: null, assignmentEpoch: null });
    expect(old.body.members[0]).toMatchObject({ memberEpoch: null, targetAssignment: null, assignment: [{ topic, partitions: [0, 1, 2] }] });
    expect(offsetsOf(old.body.partitions)).toEqual(describeGroupCli(bootstrap, oldGroup));

    // While members are active: reset (also the dry run) and delete answer 409, for both types.
    for (const group of [newGroup, oldGroup]) {
      const reset = await api(groupPath(group, '/offsets'), { method: 'POST', json: { topic, to: 'earliest', dryRun: true } });
      expect(reset.status).toBe(409);
      expect(reset.body.error.message).toMatch(/active member.*Stop its consumers first/);
      const del = await api(groupPath(group, `?confirm=${group}`), { method: 'DELETE' });
      expect(del.status).toBe(409);
    }

    await Promise.all([stopConsumer(kip848), stopConsumer(classic)]);
    await produce(bootstrap, topic, 3, 4);
    const stopped = await eventually(async () => {
      const r = await api(groupPath(newGroup));
      return r.body.state === 'Empty' && r.body.totalLag === 12 ? r.body : undefined;
    });
    expect(stopped.members).toEqual([]);
    expect(offsetsOf(stopped.partitions)).toEqual(describeGroupCli(bootstrap, newGroup));

    // Once empty, reset is allowed: the dry run shows the committed offsets, the real one moves them as the CLI reads.
    const dry = await api(groupPath(newGroup, '/offsets'), { method: 'POST', json: { topic, to: 'earliest', dryRun: true } });
    expect(dry.status).toBe(200);
    expect(dry.body.partitions.map((p: { currentOffset: number | null; newOffset: number }) => [p.currentOffset, p.newOffset])).toEqual([[10, 0], [10, 0], [10, 0]]);
    const applied = await api(groupPath(newGroup, '/offsets'), { method: 'POST', json: { topic, to: 'earliest', dryRun: false } });
    expect(applied.status).toBe(200);
    expect(describeGroupCli(bootstrap, newGroup).map((r) => r.currentOffset)).toEqual([0, 0, 0]);
  }, 420_000);
});

describe('share groups (KIP-932, share.version is finalized on Kafka 4.3.1 clusters), against kafka-share-groups', () => {
  it('lists a share group with its type and shows members and each share-partition start offset and lag as the CLI', async () => {
    const topic = uniqueName('share');
    const group = uniqueName('g-share');
    createTopic(bootstrap, topic, 2);
    startConsoleShareConsumer(bootstrap, topic, group);
    // A share group starts at the latest offset: produce once it has its assignment, then wait for delivery.
    await eventually(async () => (describeShareMembersCli(bootstrap, group)[0]?.assignment === `${topic}:0,1` ? true : undefined), { timeoutMs: 90_000 });
    const cli = await eventually(async () => {
      await produce(bootstrap, topic, 2, 3);
      const rows = describeShareGroupCli(bootstrap, group);
      return rows.length === 2 && rows.every((r) => r.startOffset !== null && r.lag === 0) ? rows : undefined;
    }, { timeoutMs: 90_000, intervalMs: 2_000 });

    const list = await api('/api/clusters/local/consumer-groups?type=share');
    expect(list.body.groups.find((g: { groupId: string }) => g.groupId === group)).toMatchObject({ type: 'share', protocolType: 'share', state: 'Stable', members: 1 });
    const detail = await eventually(async () => {
      const r = await api(groupPath(group));
      const now = describeShareGroupCli(bootstrap, group);
      return JSON.stringify(r.body.sharePartitions) === JSON.stringify(now.map((p) => ({ topic: p.topic, partition: p.partition, startOffset: p.startOffset, lag: p.lag }))) ? r.body : undefined;
    });
    expect(detail.sharePartitions.length).toBe(cli.length);
    const members = describeShareMembersCli(bootstrap, group);
    expect(detail.members.map((m: ApiMember) => ({ memberId: m.memberId, memberEpoch: m.memberEpoch, assignment: cliAssignment(m.assignment) }))).toEqual(members);
    expect(detail).toMatchObject({ type: 'share', assignor: 'simple', groupEpoch: expect.any(Number) });
  }, 420_000);
});
