'use client';
// Messages per partition: skew (one hot partition, an idle one) is what an operator looks for here.
import { useTranslations } from 'use-intl';
import type { Partition } from '@/lib/api/schemas/topics';
import { BarChartTable } from '../ui/bar-chart-table';

export function MessagesChart({ partitions }: { partitions: Partition[] }) {
  const t = useTranslations('topic');
  return (
    <BarChartTable
      caption={t('perPartition')}
      category={{ key: 'partition', label: t('partition') }}
      series={[{ key: 'messages', name: t('messages'), fill: 'var(--chart-1)' }]}
      data={partitions.map((p) => ({ partition: String(p.partition), messages: p.messages }))}
      unit={t('chartAxis')}
      height={220}
    />
  );
}
