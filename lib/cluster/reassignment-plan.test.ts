import { describe, expect, it } from 'vitest';
import { diffPlan, planThrottle, proposeBalance, proposeDrain, type PartitionReplicas, validatePlan } from './reassignment-plan';

const parts = (topic: string, lists: number[][]): PartitionReplicas[] => lists.map((replicas, partition) => ({ topic, partition, replicas }));
const counts = (plan: PartitionReplicas[], brokers: number[], leadersOnly = false) =>
  brokers.map((b) => plan.filter((p) => (leadersOnly ? p.replicas[0] === b : p.replicas.includes(b))).length);

describe('proposeBalance', () => {
  it('spreads replicas of a topic kept on two of three brokers evenly over all three', () => {
    const current = parts('t', [[1, 2], [2, 1], [1, 2], [2, 1], [1, 2], [2, 1]]);
    const plan = proposeBalance([1, 2, 3], current);
    expect(counts(plan, [1, 2, 3])).toEqual([4, 4, 4]);
    expect(Math.max(...counts(plan, [1, 2, 3], true)) - Math.min(...counts(plan, [1, 2, 3], true))).toBeLessThanOrEqual(1);
  });

  it('copies no data when replica counts already differ by at most one', () => {
    const current = parts('t', [[1, 2], [2, 3], [3, 1], [1, 2]]);
    const moves = diffPlan(current, proposeBalance([1, 2, 3], current));
    expect(moves.reduce((n, m) => n + m.addingBrokers.length, 0)).toBe(0);
  });

  it('proposes nothing for a balanced cluster', () => {
    const current = parts('t', [[1, 2], [2, 3], [3, 1]]);
    expect(diffPlan(current, proposeBalance([1, 2, 3], current))).toEqual([]);
  });

  it('moves replicas off a broker that is no longer live', () => {
    const plan = proposeBalance([1, 2, 3], parts('t', [[4, 1], [4, 2]]));
    expect(plan.every((p) => !p.replicas.includes(4))).toBe(true);
    expect(plan.every((p) => new Set(p.replicas).size === p.replicas.length)).toBe(true);
  });

  it('evens preferred leaders by reordering replica lists, copying no data', () => {
    const current = parts('t', [[1, 2], [1, 2], [1, 2], [1, 2]]);
    const moves = diffPlan(current, proposeBalance([1, 2], current));
    expect(moves.every((m) => m.addingBrokers.length === 0 && m.leaderChange)).toBe(true);
    expect(moves).toHaveLength(2);
  });
});

describe('proposeDrain', () => {
  it('moves every replica off the broker, keeping each list free of duplicates', () => {
    const plan = proposeDrain([1, 2, 3], parts('t', [[1, 2], [2, 1], [1, 3]]), 1);
    expect(plan.some((p) => p.replicas.includes(1))).toBe(false);
    expect(plan.every((p) => new Set(p.replicas).size === 2)).toBe(true);
    expect(plan[2]!.replicas).toEqual([2, 3]);
  });

  it('refuses when fewer brokers would remain than the replication factor', () => {
    expect(() => proposeDrain([1, 2, 3], parts('t', [[1, 2, 3]]), 3)).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringMatching(/2 other live broker\(s\) remain, fewer than the replication factor 3/) }),
    );
  });

  it('refuses a broker the cluster has never heard of', () => {
    expect(() => proposeDrain([1, 2], parts('t', [[1, 2]]), 9)).toThrow(/Broker 9 is not in the cluster/);
  });
});

describe('diffPlan', () => {
  it('names the brokers each partition gains and loses', () => {
    expect(diffPlan(parts('t', [[1, 2]]), parts('t', [[3, 2]]))).toEqual([
      { topic: 't', partition: 0, currentReplicas: [1, 2], proposedReplicas: [3, 2], addingBrokers: [3], removingBrokers: [1], leaderChange: true },
    ]);
  });
});

describe('validatePlan', () => {
  const current = parts('t', [[1, 2], [2, 1]]);
  const check = (plan: PartitionReplicas[]) => validatePlan('c', [1, 2, 3], current, plan);

  it('accepts a plan on live brokers', () => {
    expect(check([{ topic: 't', partition: 0, replicas: [2, 3] }])).toEqual([]);
  });

  it('refuses an unknown topic or partition', () => {
    expect(() => check([{ topic: 'x', partition: 0, replicas: [1] }])).toThrow(expect.objectContaining({ status: 400, message: 'Topic "x" does not exist in cluster "c"' }));
    expect(() => check([{ topic: 't', partition: 7, replicas: [1] }])).toThrow('Topic "t" has no partition 7');
  });

  it('refuses an unknown broker and a broker listed twice', () => {
    expect(() => check([{ topic: 't', partition: 0, replicas: [1, 9] }])).toThrow(/broker 9 is not a live broker of cluster "c"/);
    expect(() => check([{ topic: 't', partition: 0, replicas: [1, 1] }])).toThrow(/lists broker 1 twice/);
  });

  it('refuses a partition named twice', () => {
    expect(() => check([{ topic: 't', partition: 0, replicas: [1, 2] }, { topic: 't', partition: 0, replicas: [2, 3] }])).toThrow(/in the plan twice/);
  });

  it('allows a changed replication factor but warns about it', () => {
    expect(check([{ topic: 't', partition: 1, replicas: [1, 2, 3] }])).toEqual(['Partition 1 of topic "t" changes its replication factor from 2 to 3']);
  });
});

describe('planThrottle', () => {
  it('throttles the current replicas as leaders and the added ones as followers, on every broker involved', () => {
    const moves = diffPlan(parts('t', [[1, 2], [2, 1]]), parts('t', [[3, 2], [2, 1]]));
    expect(planThrottle(moves)).toEqual({ topics: [{ topic: 't', leaderReplicas: '0:1,0:2', followerReplicas: '0:3' }], brokers: [1, 2, 3] });
  });

  it('needs no throttle when only the order of replicas changes', () => {
    expect(planThrottle(diffPlan(parts('t', [[1, 2]]), parts('t', [[2, 1]])))).toEqual({ topics: [], brokers: [] });
  });
});
