'use client';
// Messages per partition: skew (one hot partition, an idle one) is what an operator looks for here.
import type { Partition } from '@/lib/api/schemas/topics';
import { BarChartTable } from '../ui/bar-chart-table';

export function MessagesChart({ partitions }: { partitions: Partition[] }) {
  return (
    <BarChartTable
      caption="Messages per partition"
      category={{ key: 'partition', label: 'Partition' }}
      series={[{ key: 'messages', name: 'Messages', fill: 'var(--chart-1)' }]}
      data={partitions.map((p) => ({ partition: String(p.partition), messages: p.messages }))}
      height={220}
    />
  );
}
