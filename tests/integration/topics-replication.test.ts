import { afterAll, describe, expect, it } from 'vitest';
import { startNode, stopNode } from '../../scripts/kafka/local-kafka.mjs';
import { api, eventually, kafkaTool, testEnv, uniqueName } from './env';
import { parseTopicsDescribe } from './kafka-cli';

const STOPPED = 3;
let stopped = false;

/** Other suites use the 3-node cluster afterwards: bring the node back even when a test fails. */
afterAll(async () => {
  if (stopped) await startNode(testEnv.triple.name, STOPPED);
}, 120_000);

interface PartitionView {
  partition: number;
  leader: number | null;
  replicas: number[];
  isr: number[];
}

describe('replication health on the 3-node cluster', () => {
  it('shows a full ISR, then under-replicated partitions while a broker is down, then a full ISR again', async () => {
    const topic = uniqueName('replicated');
    const bootstrap = testEnv.triple.bootstrap;
    kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', topic, '--partitions', '3', '--replication-factor', '3']);
    const detail = () => api(`/api/clusters/three/topics/${topic}`);

    const healthy = await eventually(async () => {
      const { body } = await detail();
      return body.partitionDetails?.every((p: PartitionView) => p.isr.length === 3) ? body : undefined;
    });
    expect(healthy).toMatchObject({ replicationFactor: 3, underReplicatedPartitions: 0, offlinePartitions: 0 });
    const cli = parseTopicsDescribe(kafkaTool('kafka-topics', ['--bootstrap-server', bootstrap, '--describe', '--topic', topic]));
    expect(healthy.partitionDetails.map((p: PartitionView) => [...p.isr].sort())).toEqual(cli.partitions.map((p) => [...p.isr].sort()));

    stopped = true;
    await stopNode(testEnv.triple.name, STOPPED);
    const degraded = await eventually(async () => {
      const { status, body } = await detail();
      return status === 200 && body.underReplicatedPartitions === 3 ? body : undefined;
    });
    for (const p of degraded.partitionDetails as PartitionView[]) {
      expect(p.isr).not.toContain(STOPPED);
      expect(p.replicas).toContain(STOPPED);
      expect(p.leader).not.toBe(STOPPED);
    }
    const listed = await api(`/api/clusters/three/topics?search=${topic}`);
    expect(listed.body.items[0]).toMatchObject({ name: topic, underReplicatedPartitions: 3, offlinePartitions: 0 });

    await startNode(testEnv.triple.name, STOPPED);
    stopped = false;
    await eventually(async () => ((await api('/api/clusters/three')).body.brokersDown === 0 ? true : undefined), { timeoutMs: 60_000 });
    const recovered = await eventually(async () => {
      const { body } = await detail();
      return body.underReplicatedPartitions === 0 ? body : undefined;
    }, { timeoutMs: 60_000 });
    expect(recovered.partitionDetails.every((p: PartitionView) => p.isr.length === 3)).toBe(true);
  }, 180_000);
});
