import { describe, expect, it } from 'vitest';
import { formatLagMetrics } from './lag-metrics';

const group = {
  groupId: 'orders "eu"',
  type: 'consumer',
  state: 'Stable',
  members: 2,
  totalLag: 7,
  maxLagSeconds: 12,
  status: 'WARN' as const,
  partitions: [
    { topic: 'orders', partition: 0, committedOffset: 10, lag: 7 },
    { topic: 'orders', partition: 1, committedOffset: null, lag: 0 },
  ],
};

describe('formatLagMetrics', () => {
  it('writes lag per group and partition, with HELP and TYPE once per metric', () => {
    const text = formatLagMetrics('local', [group], true);
    expect(text).toContain('fluxo_consumer_group_topic_partition_lag{cluster="local",group="orders \\"eu\\"",topic="orders",partition="0"} 7');
    expect(text).toContain('fluxo_consumer_group_lag{cluster="local",group="orders \\"eu\\""} 7');
    expect(text).toContain('fluxo_consumer_group_lag_seconds{cluster="local",group="orders \\"eu\\""} 12');
    expect(text).toContain('fluxo_consumer_group_status{cluster="local",group="orders \\"eu\\"",status="WARN"} 1');
    expect(text).toContain('fluxo_consumer_group_info{cluster="local",group="orders \\"eu\\"",type="consumer",state="Stable"} 1');
    expect(text).toContain('fluxo_lag_sampler_lease_held{cluster="local"} 1');
    expect(text.match(/# TYPE fluxo_consumer_group_topic_partition_lag gauge/g)).toHaveLength(1);
  });

  it('leaves out the committed offset of a partition without one and lag seconds when unknown', () => {
    const text = formatLagMetrics('local', [{ ...group, maxLagSeconds: null }], false);
    expect(text).not.toContain('partition="1"} 0\nfluxo_consumer_group_topic_partition_committed_offset');
    expect(text).not.toMatch(/committed_offset\{[^}]*partition="1"\}/);
    expect(text).not.toMatch(/^fluxo_consumer_group_lag_seconds\{/m);
    expect(text).toContain('fluxo_lag_sampler_lease_held{cluster="local"} 0');
  });
});
