import { describe, expect, it } from 'vitest';
import { classifyPartitionError, type MetadataAnswer, reshapeMetadata } from './metadata-model';

const partition = (id: number, leader: number, replicas: number[], isr: number[], errorCode = 0, offlineReplicas: number[] = []) => ({
  partitionErrorCode: errorCode,
  partitionId: id,
  leader,
  replicas,
  isr,
  offlineReplicas,
});

const answer: MetadataAnswer = {
  clusterId: 'c1',
  controllerId: 1,
  brokers: [
    { nodeId: 2, host: 'h2', port: 9093, rack: null },
    { nodeId: 1, host: 'h1', port: 9092, rack: 'a' },
  ],
  topicMetadata: [
    {
      topicErrorCode: 0,
      topic: 'rf1',
      isInternal: false,
      partitionMetadata: [partition(1, -1, [3], [3], 5, [3]), partition(0, 1, [1], [1])],
    },
    { topicErrorCode: 0, topic: 'rf3', isInternal: false, partitionMetadata: [partition(0, 2, [2, 3, 1], [2, 1], 0, [3])] },
    { topicErrorCode: 3, topic: 'deleted-just-now', isInternal: false, partitionMetadata: [] },
  ],
};

describe('metadata error classification', () => {
  it('reads LEADER_NOT_AVAILABLE and LISTENER_NOT_FOUND as a partition without a leader for us', () => {
    expect(classifyPartitionError(5)).toBe('leaderless');
    expect(classifyPartitionError(72)).toBe('leaderless');
  });

  it('reads REPLICA_NOT_AVAILABLE as a served partition with a replica down', () => {
    expect(classifyPartitionError(9)).toBe('replica-missing');
  });

  it('reads no error as ok and anything else as unknown', () => {
    expect(classifyPartitionError(0)).toBe('ok');
    expect(classifyPartitionError(42)).toBe('unknown');
  });
});

describe('reshapeMetadata', () => {
  it('keeps a leaderless partition, with leader -1, beside the healthy ones', () => {
    const md = reshapeMetadata(answer);
    expect(md.topics.find((t) => t.name === 'rf1')?.partitions).toEqual([
      { partition: 0, leader: 1, replicas: [1], isr: [1], offlineReplicas: [] },
      { partition: 1, leader: -1, replicas: [3], isr: [3], offlineReplicas: [3] },
    ]);
  });

  it('treats a partition whose leader is on no listener of ours as leaderless, whatever leader it names', () => {
    const md = reshapeMetadata({ ...answer, topicMetadata: [{ topicErrorCode: 0, topic: 't', partitionMetadata: [partition(0, 2, [2], [2], 72)] }] });
    expect(md.topics[0]?.partitions[0]?.leader).toBe(-1);
  });

  it('leaves out a topic that answered with a topic-level error', () => {
    expect(reshapeMetadata(answer).topics.map((t) => t.name)).toEqual(['rf1', 'rf3']);
  });

  it('names the brokers replicas point to that are not live, with their last known address', () => {
    const md = reshapeMetadata(answer, new Map([[3, { id: 3, host: 'h3', port: 9094, rack: 'c' }]]));
    expect(md.missingBrokers).toEqual([{ id: 3, host: 'h3', port: 9094, rack: 'c' }]);
    expect(reshapeMetadata(answer).missingBrokers).toEqual([{ id: 3, host: null, port: null, rack: null }]);
  });

  it('has no missing brokers when every replica is on a live broker', () => {
    const healthy = { ...answer, topicMetadata: [{ topicErrorCode: 0, topic: 't', partitionMetadata: [partition(0, 1, [1, 2], [1, 2])] }] };
    expect(reshapeMetadata(healthy).missingBrokers).toEqual([]);
  });

  it('reports no controller when Kafka says -1', () => {
    expect(reshapeMetadata({ ...answer, controllerId: -1 }).controllerId).toBeNull();
  });
});
