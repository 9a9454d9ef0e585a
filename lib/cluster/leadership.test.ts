import { describe, expect, it } from 'vitest';
import { computeLeadership } from './leadership';
import type { TopicMetadata } from './overview';

const topic = (name: string, parts: [leader: number, replicas: number[], isr?: number[]][]): TopicMetadata => ({
  name,
  internal: false,
  partitions: parts.map(([leader, replicas, isr], partition) => ({ partition, leader, replicas, isr: isr ?? replicas, offlineReplicas: [] })),
});

describe('leadership balance', () => {
  it('warns when one broker leads none of many partitions', () => {
    const parts: [number, number[]][] = Array.from({ length: 12 }, (_, i) => [i % 2 === 0 ? 1 : 2, [(i % 3) + 1, ((i + 1) % 3) + 1, ((i + 2) % 3) + 1]]);
    const l = computeLeadership([1, 2, 3], [topic('t', parts)]);
    expect(l.brokers.find((b) => b.brokerId === 3)).toMatchObject({ leaders: 0, preferred: 4 });
    expect(l.imbalance?.message).toMatch(/broker 3 leads 0 of 12 partitions/);
    expect(l.imbalance?.leastLoaded).toBe(3);
  });

  it('lists the partitions a preferred election would move, only where the preferred replica is in sync', () => {
    const l = computeLeadership([1, 2], [topic('t', [[2, [1, 2]], [2, [1, 2], [2]], [1, [1, 2]]])]);
    expect(l.electable).toEqual([{ topic: 't', partition: 0, leader: 2, preferred: 1 }]);
  });

  it('does not warn about an even or nearly even spread', () => {
    expect(computeLeadership([1, 2, 3], [topic('t', [[1, [1]], [2, [2]], [3, [3]], [1, [1]]])]).imbalance).toBeNull();
    expect(computeLeadership([1], [topic('t', [[1, [1]]])]).imbalance).toBeNull();
  });
});
