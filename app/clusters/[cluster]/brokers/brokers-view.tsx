'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { BrokerTable } from '@/components/cluster/broker-table';
import { LogDirTable } from '@/components/cluster/log-dir-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { brokersQuery, clusterSizesQuery } from '@/lib/api/queries';
import { useFormat } from '@/lib/format/use-format';
import { useTranslations } from 'use-intl';

export function BrokersView({ cluster }: { cluster: string }) {
  const t = useTranslations('brokers');
  const diskT = useTranslations('disk');
  const f = useFormat();
  const brokers = useQuery(brokersQuery(cluster));
  const sizes = useQuery(clusterSizesQuery(cluster));
  const base = `/clusters/${encodeURIComponent(cluster)}`;
  return (
    <div className="stack">
      <PageHead
        title={t('title')}
        sub={t('sub')}
        actions={
          <Link className="button" href={`${base}/brokers/defaults`}>
            Cluster-wide configuration
          </Link>
        }
      />
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
      <Panel
        title={diskT('usage')}
        hint={sizes.data ? diskT(sizes.data.complete ? 'usageHint' : 'usageHintPartial', { size: f.bytes(sizes.data.sizeBytes) }) : diskT('usageHintNone')}
      >
        <DataView query={sizes} label={diskT('usageLabel')} isEmpty={(s) => s.brokers.length === 0} empty={<EmptyState title={diskT('noBrokersTitle')}>{diskT('noBrokersText')}</EmptyState>}>
          {(s) => <LogDirTable brokers={s.brokers} />}
        </DataView>
      </Panel>
    </div>
  );
}
