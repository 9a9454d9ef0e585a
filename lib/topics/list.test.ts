import { describe, expect, it } from 'vitest';
import type { TopicMetadata } from '../cluster/overview';
import { describePartition, matchTopics, pageOf, sortTopics, summarizeTopic } from './list';

const part = (partition: number, leader: number, replicas: number[], isr: number[]) => ({ partition, leader, replicas, isr, offlineReplicas: [] });
const topic = (name: string, partitions = [part(0, 1, [1], [1])], internal = false): TopicMetadata => ({ name, internal, partitions });

describe('matchTopics', () => {
  const all = [topic('Orders'), topic('payments.raw'), topic('__consumer_offsets', undefined, true)];

  it('finds a case-insensitive substring', () => {
    expect(matchTopics(all, { search: 'ORD', internal: false }).map((t) => t.name)).toEqual(['Orders']);
  });

  it('hides internal topics unless asked', () => {
    expect(matchTopics(all, { search: '', internal: false })).toHaveLength(2);
    expect(matchTopics(all, { search: 'offsets', internal: true }).map((t) => t.name)).toEqual(['__consumer_offsets']);
  });

  it('treats a __ name as internal even when Kafka does not flag it', () => {
    const withLagHistory = [...all, topic('__fluxo_lag_history')];
    expect(matchTopics(withLagHistory, { search: 'fluxo', internal: false })).toEqual([]);
    expect(summarizeTopic(topic('__fluxo_lag_history')).internal).toBe(true);
  });
});

describe('summarizeTopic', () => {
  const t = topic('t', [part(0, 1, [1, 2, 3], [1, 2, 3]), part(1, 2, [2, 3, 1], [2]), part(2, -1, [3, 1, 2], [])]);

  it('counts under-replicated and offline partitions and the replication factor', () => {
    expect(summarizeTopic(t)).toMatchObject({ partitions: 3, replicationFactor: 3, underReplicatedPartitions: 2, offlinePartitions: 1 });
  });

  it('sums high minus low watermark over partitions', () => {
    const t2 = topic('t2', [part(0, 1, [1], [1]), part(1, 1, [1], [1])]);
    const offsets = new Map([[0, { low: 5, high: 15 }], [1, { low: 0, high: 7 }]]);
    expect(summarizeTopic(t2, offsets).messages).toBe(17);
  });

  it('says null rather than a made-up count when a partition has no watermarks', () => {
    expect(summarizeTopic(t, new Map([[0, { low: 0, high: 3 }]])).messages).toBeNull();
    expect(summarizeTopic(t).messages).toBeNull();
  });
});

describe('describePartition', () => {
  it('reports an offline partition with a null leader and unknown offsets', () => {
    expect(describePartition(part(4, -1, [1, 2], []), undefined)).toEqual({
      partition: 4, leader: null, replicas: [1, 2], isr: [], offlineReplicas: [], low: null, high: null, lastStable: null, messages: null,
    });
  });
});

describe('describePartition', () => {
  it('keeps the last stable offset an open transaction holds below the high watermark', () => {
    expect(describePartition(part(0, 1, [1], [1]), { low: 0, high: 10, lastStable: 4 })).toMatchObject({ high: 10, lastStable: 4, messages: 10 });
  });
});

describe('sortTopics', () => {
  const s = (name: string, messages: number | null, partitions = 1) => ({ ...summarizeTopic(topic(name)), messages, partitions });
  const items = [s('b', 10), s('a', null), s('c', 10, 4), s('d', 3)];

  it('sorts numbers descending with ties broken by name and unknown counts last', () => {
    expect(sortTopics(items, 'messages', 'desc').map((t) => t.name)).toEqual(['b', 'c', 'd', 'a']);
    expect(sortTopics(items, 'messages', 'asc').map((t) => t.name)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('sorts by size on disk with unknown sizes last, like messages', () => {
    const sized = [
      { ...s('small', 1), sizeBytes: 2_048 },
      { ...s('unknown', 1), sizeBytes: null },
      { ...s('large', 1), sizeBytes: 10_485_760 },
      { ...s('also-small', 1), sizeBytes: 2_048 },
    ];
    expect(sortTopics(sized, 'sizeBytes', 'desc').map((t) => t.name)).toEqual(['large', 'also-small', 'small', 'unknown']);
    expect(sortTopics(sized, 'sizeBytes', 'asc').map((t) => t.name)).toEqual(['also-small', 'small', 'large', 'unknown']);
  });

  it('sorts by name in both directions', () => {
    expect(sortTopics(items, 'name', 'desc').map((t) => t.name)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('pages a sorted list', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageOf([1, 2, 3], 3, 2)).toEqual([]);
  });
});
