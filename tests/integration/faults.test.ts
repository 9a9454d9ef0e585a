// One broker of three down while it holds the only replica of some partitions: that broker and those partitions
// show as down and are counted as Kafka's own CLI counts them; every other part of every route keeps answering.
import { afterAll, describe, expect, it } from 'vitest';
import { startNode, stopNode } from '../../scripts/kafka/local-kafka.mjs';
import { api, eventually, kafkaTool, testEnv, uniqueName } from './env';
import { parseTopicsDescribe } from './kafka-cli';

const STOPPED = 3;
let stopped = false;
const bootstrap = testEnv.triple.bootstrap;
const damaged = uniqueName('faults-rf1');
const healthy = uniqueName('faults-rf3');

afterAll(async () => {
  // Other suites use the 3-node cluster afterwards: bring the node back even when a test failed, and let it catch up.
  if (stopped) await startNode(testEnv.triple.name, STOPPED);
  await eventually(async () => (cliCounts().underReplicated === 0 && cliCounts().unavailable === 0 ? true : undefined), { timeoutMs: 90_000 });
  for (const topic of [damaged, healthy]) kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--delete', '--if-exists', '--topic', topic]);
}, 180_000);

/** Partitions `kafka-topics --describe --unavailable-partitions` and `--under-replicated-partitions` list, cluster-wide. */
function cliCounts(): { unavailable: number; underReplicated: number } {
  const count = (flag: string) => parseTopicsDescribe(kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--describe', flag])).partitions.length;
  return { unavailable: count('--unavailable-partitions'), underReplicated: count('--under-replicated-partitions') };
}

interface PartitionView {
  partition: number;
  leader: number | null;
  replicas: number[];
}

describe('a broker down on the 3-node cluster', () => {
  it('shows its partitions offline and itself down, counted as the CLI counts, while every route answers 200; then all clean', async () => {
    // Six RF-1 partitions, two on each broker, and one RF-3 topic that has nothing to do with them.
    kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', damaged, '--replica-assignment', '1,2,3,1,2,3']);
    kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', healthy, '--partitions', '3', '--replication-factor', '3']);
    await eventually(async () => ((await api(`/api/clusters/three/topics/${healthy}`)).status === 200 ? true : undefined));

    stopped = true;
    await stopNode(testEnv.triple.name, STOPPED);
    await eventually(async () => (cliCounts().unavailable >= 2 ? true : undefined), { timeoutMs: 60_000 });

    // The counts move while the ISR shrinks; they must settle on the CLI's.
    const overview = await eventually(async () => {
      const cli = cliCounts();
      const { status, body } = await api('/api/clusters/three');
      expect(status).toBe(200);
      const same = body.offlinePartitions === cli.unavailable && body.underReplicatedPartitions === cli.underReplicated;
      return same ? { body, cli } : undefined;
    }, { timeoutMs: 60_000 });
    expect(overview.cli.unavailable).toBe(2);
    expect(overview.cli.underReplicated).toBeGreaterThanOrEqual(3);
    expect(overview.body.brokersDown).toBe(1);
    expect(overview.body.brokers.find((b: { id: number }) => b.id === STOPPED)).toMatchObject({ online: false, port: testEnv.triple.port + 2 });

    const brokers = await api('/api/clusters/three/brokers');
    expect(brokers.status).toBe(200);
    expect(brokers.body.map((b: { id: number; online: boolean }) => [b.id, b.online])).toEqual([[1, true], [2, true], [3, false]]);
    const downBroker = await api(`/api/clusters/three/brokers/${STOPPED}`);
    expect(downBroker.status).toBe(200);
    expect(downBroker.body).toMatchObject({ broker: { id: STOPPED, online: false }, configs: [] });
    expect((await api('/api/clusters/three/brokers/1')).status).toBe(200);

    const list = await api(`/api/clusters/three/topics?search=faults-`);
    expect(list.status).toBe(200);
    expect(list.body.items.find((t: { name: string }) => t.name === damaged)).toMatchObject({ offlinePartitions: 2 });

    const detail = await api(`/api/clusters/three/topics/${damaged}`);
    expect(detail.status).toBe(200);
    const offline = (detail.body.partitionDetails as PartitionView[]).filter((p) => p.leader === null).map((p) => p.partition);
    expect(offline).toEqual([2, 5]);

    const other = await api(`/api/clusters/three/topics/${healthy}`);
    expect(other.status).toBe(200);
    expect((other.body.partitionDetails as PartitionView[]).every((p) => p.leader !== null && p.leader !== STOPPED)).toBe(true);
    expect((await api(`/api/clusters/three/topics/${healthy}/configs`)).status).toBe(200);
    expect((await api('/api/clusters/three/consumer-groups')).status).toBe(200);
    const clusters = await api('/api/clusters');
    expect(clusters.body.find((c: { name: string }) => c.name === 'three')).toMatchObject({ reachable: true });

    await startNode(testEnv.triple.name, STOPPED);
    stopped = false;
    const clean = await eventually(async () => {
      const cli = cliCounts();
      const { body } = await api('/api/clusters/three');
      const done = cli.unavailable === 0 && cli.underReplicated === 0 && body.offlinePartitions === 0 && body.underReplicatedPartitions === 0;
      return done ? body : undefined;
    }, { timeoutMs: 90_000 });
    expect(clean.brokersDown).toBe(0);
    expect(clean.brokers.every((b: { online: boolean }) => b.online)).toBe(true);
  }, 600_000);
});
