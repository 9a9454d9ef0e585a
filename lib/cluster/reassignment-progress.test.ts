import { describe, expect, it } from 'vitest';
import { reassignmentProgress } from './reassignment-progress';

const target = [{ topic: 't', partition: 0, replicas: [2, 3] }];

describe('reassignmentProgress', () => {
  it('is in progress while Kafka lists the partition, with what it adds and removes', () => {
    const [p] = reassignmentProgress(target, [{ topic: 't', partition: 0, replicas: [2, 3, 1], addingReplicas: [3], removingReplicas: [1] }], [
      { topic: 't', partition: 0, replicas: [2, 3, 1], isr: [1, 2] },
    ]);
    expect(p).toMatchObject({ state: 'in-progress', addingReplicas: [3], removingReplicas: [1], isr: [1, 2] });
  });

  it('is done once the replicas equal the target', () => {
    expect(reassignmentProgress(target, [], [{ topic: 't', partition: 0, replicas: [2, 3], isr: [2, 3] }])[0]!.state).toBe('done');
  });

  it('is not applied when nothing is under way and the replicas differ (cancelled)', () => {
    expect(reassignmentProgress(target, [], [{ topic: 't', partition: 0, replicas: [1, 2], isr: [1, 2] }])[0]!.state).toBe('not-applied');
  });

  it('without targets lists every move under way, its target being the replicas not being removed', () => {
    const all = reassignmentProgress(null, [{ topic: 'u', partition: 4, replicas: [3, 1], addingReplicas: [3], removingReplicas: [1] }], []);
    expect(all).toEqual([
      { topic: 'u', partition: 4, state: 'in-progress', targetReplicas: [3], replicas: [3, 1], isr: [], addingReplicas: [3], removingReplicas: [1] },
    ]);
  });
});
