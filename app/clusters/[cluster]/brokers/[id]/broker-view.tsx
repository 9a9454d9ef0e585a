'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { brokerAddress } from '@/components/cluster/broker-table';
import { ConfigTable } from '@/components/cluster/config-table';
import { DataView } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import { brokerQuery } from '@/lib/api/queries';
import { useTranslations } from 'use-intl';

export function BrokerView({ cluster, id }: { cluster: string; id: number }) {
  const t = useTranslations('brokers');
  const none = useTranslations('common')('none');
  const unknown = useTranslations('common')('unknown');
  const detail = useQuery(brokerQuery(cluster, id));
  const base = `/clusters/${encodeURIComponent(cluster)}`;
  return (
    <div className="stack">
      <PageHead
        title={t('broker', { id })}
        sub={
          <>
            <Link href={`${base}/brokers`}>{t('title')}</Link> / {id}
          </>
        }
      />
      <DataView query={detail} label={t('broker', { id })} height={320}>
        {({ broker, configs }) => (
          <>
            <div className="stats">
              <Stat label={t('address')} value={brokerAddress(broker, unknown)} note={broker.online ? undefined : t('downNote')} tone={broker.online ? undefined : 'bad'} />
              <Stat label={t('rack')} value={broker.rack ?? none} />
              <Stat label={t('leaderPartitions')} value={broker.leaderPartitions} />
              <Stat label={t('replicas')} value={broker.replicaPartitions} />
            </div>
            <Panel title={t('configuration')} hint={t('configurationHint')}>
              <ConfigTable entries={configs} />
            </Panel>
          </>
        )}
      </DataView>
    </div>
  );
}
