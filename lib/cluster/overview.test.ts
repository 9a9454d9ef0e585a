import { describe, expect, it } from 'vitest';
import { type ClusterMetadata, isOffline, isUnderReplicated, summarizeCluster, withQuorumLag } from './overview';

const md: ClusterMetadata = {
  clusterId: 'c1',
  controllerId: 2,
  brokers: [
    { id: 2, host: 'h2', port: 9093, rack: 'b' },
    { id: 1, host: 'h1', port: 9092, rack: 'a' },
  ],
  missingBrokers: [{ id: 3, host: 'h3', port: 9094, rack: null }],
  topics: [
    {
      name: 'orders',
      internal: false,
      partitions: [
        { partition: 0, leader: 1, replicas: [1, 2], isr: [1, 2], offlineReplicas: [] },
        { partition: 1, leader: 2, replicas: [2, 1], isr: [2], offlineReplicas: [] },
        { partition: 2, leader: -1, replicas: [3], isr: [], offlineReplicas: [3] },
      ],
    },
    { name: '__consumer_offsets', internal: true, partitions: [{ partition: 0, leader: 1, replicas: [1], isr: [1], offlineReplicas: [] }] },
  ],
};

describe('cluster overview', () => {
  it('counts a partition with fewer in-sync replicas than replicas as under-replicated', () => {
    expect(isUnderReplicated({ partition: 0, leader: 2, replicas: [2, 1], isr: [2], offlineReplicas: [] })).toBe(true);
  });

  it('counts a partition without a leader as offline', () => {
    expect(isOffline({ partition: 0, leader: -1, replicas: [3], isr: [], offlineReplicas: [3] })).toBe(true);
  });

  it('sums topics, partitions, replicas and unhealthy partitions', () => {
    expect(summarizeCluster(md)).toMatchObject({
      topics: 2,
      internalTopics: 1,
      partitions: 4,
      replicas: 6,
      underReplicatedPartitions: 2,
      offlinePartitions: 1,
    });
  });

  it('lists brokers by id with their leader and replica counts and the controller flag', () => {
    expect(summarizeCluster(md, 1).brokers).toEqual([
      { id: 1, host: 'h1', port: 9092, rack: 'a', online: true, isController: false, isQuorumLeader: true, leaderPartitions: 2, replicaPartitions: 3 },
      { id: 2, host: 'h2', port: 9093, rack: 'b', online: true, isController: true, isQuorumLeader: false, leaderPartitions: 1, replicaPartitions: 2 },
      { id: 3, host: 'h3', port: 9094, rack: null, online: false, isController: false, isQuorumLeader: false, leaderPartitions: 0, replicaPartitions: 1 },
    ]);
  });

  it('counts the brokers that hold replicas but are not live as down', () => {
    expect(summarizeCluster(md).brokersDown).toBe(1);
    expect(summarizeCluster({ ...md, missingBrokers: [] }).brokersDown).toBe(0);
  });
});

describe('quorum lag', () => {
  it('is the distance to the high watermark and never negative', () => {
    const q = withQuorumLag({
      leaderId: 1,
      leaderEpoch: 3,
      highWatermark: '9007199254740993',
      voters: [
        { id: 1, logEndOffset: '9007199254740995', lastCaughtUpTimestamp: 1 },
        { id: 2, logEndOffset: '9007199254740990', lastCaughtUpTimestamp: null },
      ],
      observers: [],
    });
    expect(q.voters.map((v) => v.lag)).toEqual(['0', '3']);
  });
});
