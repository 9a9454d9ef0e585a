'use client';
// Leaders and replicas per broker: a skewed leader spread is the first thing to spot on an overview.
import { useTranslations } from 'use-intl';
import type { Broker } from '@/lib/api/schemas/cluster';
import { BarChartTable } from '../ui/bar-chart-table';

export function LeadersChart({ brokers }: { brokers: Broker[] }) {
  const t = useTranslations('brokers');
  const data = brokers.map((b) => ({ broker: t('broker', { id: b.id }), leaders: b.leaderPartitions, replicas: b.replicaPartitions }));
  return (
    <BarChartTable
      caption={t('chartCaption')}
      category={{ key: 'broker', label: t('broker', { id: '' }).trim() }}
      series={[
        { key: 'leaders', name: t('chartLeaders'), fill: 'var(--chart-1)' },
        { key: 'replicas', name: t('chartReplicas'), fill: 'var(--chart-2)' },
      ]}
      data={data}
      unit={t('chartAxis')}
    />
  );
}
