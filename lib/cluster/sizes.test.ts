import { describe, expect, it } from 'vitest';
import { type LogDirReport, summarizeClusterSizes, summarizeTopicSizes } from './sizes';

const replica = (topic: string, partition: number, sizeBytes: number) => ({ topic, partition, sizeBytes, offsetLag: 0, isFuture: false });
const reports: LogDirReport[] = [
  { brokerId: 1, error: null, logDirs: [{ path: '/a', error: null, totalBytes: 100, usableBytes: 40, replicas: [replica('t', 0, 10), replica('u', 0, 5)] }] },
  { brokerId: 2, error: null, logDirs: [{ path: '/b', error: null, totalBytes: null, usableBytes: null, replicas: [replica('t', 0, 12), replica('t', 1, 3)] }] },
  { brokerId: 3, error: 'Broker 3 is unreachable', logDirs: [] },
];

describe('cluster sizes', () => {
  it('sums replicas per log dir, broker and topic, largest topic first', () => {
    const s = summarizeClusterSizes(reports);
    expect(s.sizeBytes).toBe(30);
    expect(s.topics).toEqual([{ topic: 't', sizeBytes: 25 }, { topic: 'u', sizeBytes: 5 }]);
    expect(s.brokers[0]).toMatchObject({ brokerId: 1, sizeBytes: 15, logDirs: [{ path: '/a', sizeBytes: 15, replicas: 2, totalBytes: 100, usableBytes: 40 }] });
  });

  it('marks a broker that did not answer as unknown, and the sums as incomplete', () => {
    const s = summarizeClusterSizes(reports);
    expect(s.complete).toBe(false);
    expect(s.brokers[2]).toEqual({ brokerId: 3, error: 'Broker 3 is unreachable', sizeBytes: null, logDirs: [] });
  });
});

describe('topic sizes', () => {
  it('lists each partition with its replicas by broker', () => {
    const s = summarizeTopicSizes('t', [0, 1, 2], reports);
    expect(s.sizeBytes).toBe(25);
    expect(s.partitions.map((p) => [p.partition, p.sizeBytes, p.replicas.map((r) => r.brokerId)])).toEqual([
      [0, 22, [1, 2]],
      [1, 3, [2]],
      [2, 0, []],
    ]);
    expect(s.missingBrokers).toEqual([3]);
  });
});
