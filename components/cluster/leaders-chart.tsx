'use client';
// Leaders and replicas per broker: a skewed leader spread is the first thing to spot on an overview.
import type { Broker } from '@/lib/api/schemas/cluster';
import { BarChartTable } from '../ui/bar-chart-table';

export function LeadersChart({ brokers }: { brokers: Broker[] }) {
  const data = brokers.map((b) => ({ broker: `Broker ${b.id}`, leaders: b.leaderPartitions, replicas: b.replicaPartitions }));
  return (
    <BarChartTable
      caption="Leader partitions and replicas per broker"
      category={{ key: 'broker', label: 'Broker' }}
      series={[
        { key: 'leaders', name: 'Leader partitions', fill: 'var(--chart-1)' },
        { key: 'replicas', name: 'Replicas hosted', fill: 'var(--chart-2)' },
      ]}
      data={data}
    />
  );
}
