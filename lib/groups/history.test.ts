import { describe, expect, it } from 'vitest';
import { buildLagSeries, decodeSample, encodeSample, evaluateGroup, type GroupSample, historyPartitionFor, partitionVerdictKey } from './history';

function sample(atMs: number, rows: [string, number, number | null, number][], assigned = true): GroupSample {
  return {
    groupId: 'g',
    atMs,
    partitions: rows.map(([topic, partition, committedOffset, logEndOffset]) => ({ topic, partition, committedOffset, logStartOffset: 0, logEndOffset, assigned })),
  };
}

describe('sample records', () => {
  it('decode to what was encoded', () => {
    const s = sample(1000, [['orders', 0, 5, 10], ['orders', 1, null, 3]]);
    expect(decodeSample(encodeSample(s))).toEqual(s);
  });

  it('decode garbage and other versions to null', () => {
    expect(decodeSample('not json')).toBeNull();
    expect(decodeSample(JSON.stringify({ v: 2, g: 'g', at: 1, p: [] }))).toBeNull();
  });
});

describe('historyPartitionFor', () => {
  it('is stable and within range', () => {
    const p = historyPartitionFor('payments-consumer', 6);
    expect(p).toBe(historyPartitionFor('payments-consumer', 6));
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThan(6);
  });

  it('spreads different groups', () => {
    const used = new Set(Array.from({ length: 60 }, (_, i) => historyPartitionFor(`group-${i}`, 6)));
    expect(used.size).toBe(6);
  });
});

describe('evaluateGroup', () => {
  it('takes the worst partition verdict and its reason', () => {
    const samples = [0, 1, 2].map((i) => sample(i * 1000, [['a', 0, 10, 10], ['a', 1, 5, 50 + i]]));
    const v = evaluateGroup(samples);
    expect(v.verdict).toBe('STALL');
    expect(v.partitions.get(partitionVerdictKey('a', 0))!.verdict).toBe('OK');
    expect(v.reason).toMatch(/has not moved/);
  });

  it('ignores partitions missing from the latest sample', () => {
    const samples = [sample(0, [['gone', 0, 1, 9]]), sample(1, [['gone', 0, 1, 9]]), sample(2, [['a', 0, 3, 3]])];
    expect(evaluateGroup(samples).verdict).toBe('OK');
  });
});

describe('buildLagSeries', () => {
  it('sums lag per topic and in total at each sample, oldest first', () => {
    const points = buildLagSeries([sample(2000, [['a', 0, 1, 4], ['b', 0, 0, 2]]), sample(1000, [['a', 0, 0, 1]])]);
    expect(points.map((p) => p.atMs)).toEqual([1000, 2000]);
    expect(points[1]).toMatchObject({ totalLag: 5, byTopic: { a: 3, b: 2 } });
  });

  it('marks the verdict as it stood at each sample', () => {
    const stuck = [0, 1, 2, 3].map((i) => sample(i, [['a', 0, 5, 10]]));
    expect(buildLagSeries(stuck).map((p) => p.verdict)).toEqual(['OK', 'OK', 'STALL', 'STALL']);
  });

  it('thins long histories but keeps the last point and every verdict change', () => {
    const many = Array.from({ length: 100 }, (_, i) => sample(i, [['a', 0, i < 60 ? i : 60, 100]]));
    const points = buildLagSeries(many, 10);
    expect(points.length).toBeLessThan(20);
    expect(points.at(-1)!.atMs).toBe(99);
    expect(points.some((p) => p.verdict === 'STALL')).toBe(true);
    // The offset stops at sample 60; a full window of 10 unmoved samples first ends at sample 69.
    const firstStall = points.findIndex((p) => p.verdict === 'STALL');
    expect(points[firstStall]!.atMs).toBe(69);
  });
});
