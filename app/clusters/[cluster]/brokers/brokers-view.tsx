'use client';
import { useQuery } from '@tanstack/react-query';
import { BrokerTable } from '@/components/cluster/broker-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { brokersQuery } from '@/lib/api/queries';
import { useTranslations } from 'use-intl';

export function BrokersView({ cluster }: { cluster: string }) {
  const t = useTranslations('brokers');
  const brokers = useQuery(brokersQuery(cluster));
  const base = `/clusters/${encodeURIComponent(cluster)}`;
  return (
    <div className="stack">
      <PageHead title={t('title')} sub={t('sub')} />
      <Panel title={t('live')} hint={brokers.data ? t('liveHint', { count: brokers.data.length }) : undefined}>
        <DataView
          query={brokers}
          label={t('label')}
          isEmpty={(b) => b.length === 0}
          empty={<EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>}
        >
          {(b) => <BrokerTable brokers={b} hrefFor={(id) => `${base}/brokers/${id}`} />}
        </DataView>
      </Panel>
    </div>
  );
}
