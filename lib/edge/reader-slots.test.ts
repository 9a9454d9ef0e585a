import { describe, expect, it } from 'vitest';
import { readerSlotMetricLines, ReaderSlots } from './reader-slots';

describe('reader slots', () => {
  it('refuses the client beyond its cap with 429 and Retry-After, and lets other clients in', () => {
    const slots = new ReaderSlots(() => ({ perCluster: 10, perClient: 2 }));
    slots.acquire('local', 'a');
    slots.acquire('local', 'a');
    expect(() => slots.acquire('local', 'a')).toThrow(expect.objectContaining({ status: 429, headers: { 'retry-after': '5' } }));
    expect(() => slots.acquire('local', 'b')).not.toThrow();
    expect(() => slots.acquire('other', 'a')).not.toThrow();
  });

  it('refuses everyone once the cluster is full', () => {
    const slots = new ReaderSlots(() => ({ perCluster: 2, perClient: 5 }));
    slots.acquire('local', 'a');
    slots.acquire('local', 'b');
    expect(() => slots.acquire('local', 'c')).toThrow(/cluster "local" already serves 2/);
  });

  it('gives a slot back once, however often release is called', () => {
    const slots = new ReaderSlots(() => ({ perCluster: 1, perClient: 1 }));
    const release = slots.acquire('local', 'a');
    release();
    release();
    const again = slots.acquire('local', 'a');
    expect(() => slots.acquire('local', 'b')).toThrow();
    again();
    expect(slots.snapshot()).toEqual({ caps: { perCluster: 1, perClient: 1 }, activeByCluster: {}, refusedTotal: 1 });
  });

  it('shows caps, slots in use and refusals as Prometheus lines', () => {
    const slots = new ReaderSlots(() => ({ perCluster: 100, perClient: 64 }));
    slots.acquire('local', 'a');
    const text = readerSlotMetricLines(slots).join('\n');
    expect(text).toContain('fluxo_reader_cap_per_cluster 100');
    expect(text).toContain('fluxo_reader_cap_per_client 64');
    expect(text).toContain('fluxo_reader_slots_in_use{cluster="local"} 1');
    expect(text).toContain('fluxo_reader_refused_total 0');
  });
});
