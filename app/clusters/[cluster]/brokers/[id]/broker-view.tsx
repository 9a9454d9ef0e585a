'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { brokerAddress } from '@/components/cluster/broker-table';
import { LogDirTable } from '@/components/cluster/log-dir-table';
import { DataView } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import { brokerQuery, clusterSizesQuery } from '@/lib/api/queries';
import { useFormat } from '@/lib/format/use-format';
import { useTranslations } from 'use-intl';
import { BrokerConfigSection } from '../broker-config-section';

export function BrokerView({ cluster, id }: { cluster: string; id: number }) {
  const t = useTranslations('brokers');
  const diskT = useTranslations('disk');
  const f = useFormat();
  const none = useTranslations('common')('none');
  const unknown = useTranslations('common')('unknown');
  const detail = useQuery(brokerQuery(cluster, id));
  const sizes = useQuery(clusterSizesQuery(cluster));
  const disk = sizes.data?.brokers.filter((b) => b.brokerId === id);
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
        {({ broker }) => (
          <>
            <div className="stats">
              <Stat label={t('address')} value={brokerAddress(broker, unknown)} note={broker.online ? undefined : t('downNote')} tone={broker.online ? undefined : 'bad'} />
              <Stat label={t('rack')} value={broker.rack ?? none} />
              <Stat label={t('leaderPartitions')} value={broker.leaderPartitions} />
              <Stat label={t('replicas')} value={broker.replicaPartitions} />
              <Stat label={diskT('onDisk')} value={disk?.[0]?.sizeBytes == null ? unknown : f.bytes(disk[0].sizeBytes)} note={diskT('onBrokerNote')} />
            </div>
            <Panel title={diskT('logDirs')} hint={diskT('logDirsHint')}>
              <DataView query={sizes} label={diskT('logDirsLabel')}>
                {() => <LogDirTable brokers={disk ?? []} />}
              </DataView>
            </Panel>
            <BrokerConfigSection cluster={cluster} scope={id} />
          </>
        )}
      </DataView>
    </div>
  );
}
