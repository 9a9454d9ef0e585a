'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import type { CSSProperties } from 'react';
import { BrokerTable } from '@/components/cluster/broker-table';
import { LeadershipCallout } from '@/components/cluster/leadership-callout';
import { QuorumTable } from '@/components/cluster/quorum-table';
import { DataView, LoadingState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import { electLeadersRequest } from '@/lib/api/cluster-actions';
import { clusterSizesQuery, keys, leadershipQuery, overviewQuery } from '@/lib/api/queries';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';
import { CopyButton } from '@/components/ui/copy-button';

/**
 * The chart library loads apart from the page: the page hydrates, and asks for the overview, sooner (its
 * largest text waited for the chart's code before). The panel keeps the chart's height meanwhile.
 */
const LeadersChart = dynamic(() => import('@/components/cluster/leaders-chart').then((m) => m.LeadersChart), {
  ssr: false,
  loading: ChartLoading,
});

function ChartLoading() {
  const t = useTranslations('overview');
  return <LoadingState label={t('leadersTitle')} height={260} />;
}

export function OverviewView({ cluster }: { cluster: string }) {
  const t = useTranslations('overview');
  const common = useTranslations('common');
  const diskT = useTranslations('disk');
  const f = useFormat();
  const overview = useQuery(overviewQuery(cluster));
  const sizes = useQuery(clusterSizesQuery(cluster));
  const leadership = useQuery(leadershipQuery(cluster));
  const queryClient = useQueryClient();
  const base = `/clusters/${encodeURIComponent(cluster)}`;

  return (
    <div className="stack">
      <PageHead
        title={cluster}
        sub={
          overview.data ? (
            <span className="row" style={{ gap: 8 }}>
              <span className="badge ok">
                <span className="dot ok" /> {t('reachable')}
              </span>
              {overview.data.readOnly && <span className="badge warn">{t('readOnly')}</span>}
              <span>
                {t('clusterId')} <code>{overview.data.clusterId ?? common('unknown')}</code>
                {overview.data.clusterId && <CopyButton text={overview.data.clusterId} what={t('clusterId')} />}
              </span>
            </span>
          ) : (
            t('sub')
          )
        }
      />
      <DataView query={overview} label={t('label')} height={320}>
        {(o) => (
          <>
            {/* Eight cards, four to a row: never one alone on a second row. */}
            <div className="stats even" style={{ '--cols': 4 } as CSSProperties}>
              <Stat
                label={t('brokers')}
                value={o.brokers.length}
                tone={o.brokersDown > 0 ? 'bad' : undefined}
                note={o.brokersDown > 0 ? t('brokersDown', { count: o.brokersDown }) : undefined}
              />
              <Stat
                label={t('kafka')}
                value={o.kafkaVersion ?? common('unknown')}
                note={o.metadataVersion ? `metadata.version ${o.metadataVersion}` : t('notTold')}
              />
              <Stat label={t('topics')} value={o.topics} note={t('internalTopics', { count: o.internalTopics })} />
              <Stat label={t('partitions')} value={o.partitions} note={t('replicas', { count: o.replicas })} />
              <Stat
                label={t('underReplicated')}
                value={o.underReplicatedPartitions}
                tone={o.underReplicatedPartitions > 0 ? 'bad' : 'good'}
                note={t('underReplicatedNote')}
              />
              <Stat
                label={diskT('onDisk')}
                value={sizes.data ? f.bytes(sizes.data.sizeBytes) : common('unknown')}
                note={sizes.data ? (sizes.data.complete ? diskT('allReplicasAllBrokers') : diskT('someMissing')) : diskT('fromLogDirs')}
              />
              <Stat label={t('offline')} value={o.offlinePartitions} tone={o.offlinePartitions > 0 ? 'bad' : 'good'} note={t('offlineNote')} />
              {o.quorum ? (
                <Stat
                  label={t('quorumLeader')}
                  value={o.quorum.leaderId}
                  note={t('quorumLeaderNote', { epoch: o.quorum.leaderEpoch })}
                />
              ) : (
                <Stat label={t('controller')} value={o.controllerId ?? common('none')} note={t('controllerNote')} />
              )}
            </div>
            {leadership.data && (
              <LeadershipCallout
                leadership={leadership.data}
                readOnly={o.readOnly}
                elect={() => electLeadersRequest(cluster)}
                onElected={() => void queryClient.invalidateQueries({ queryKey: keys.cluster(cluster) })}
              />
            )}
            <div className="grid-2">
              <Panel title={t('leadersTitle')} hint={t('leadersHint')}>
                <LeadersChart brokers={o.brokers} />
              </Panel>
              {o.quorum && (
                <Panel
                  title={t('quorumTitle')}
                  hint={t('quorumHint', { hw: f.count(o.quorum.highWatermark), controller: o.controllerId ?? common('none') })}
                >
                  <QuorumTable quorum={o.quorum} />
                </Panel>
              )}
            </div>
            <Panel title={t('brokers')} hint={t('brokersLive', { count: o.brokers.length })}>
              <BrokerTable brokers={o.brokers} hrefFor={(id) => `${base}/brokers/${id}`} />
            </Panel>
          </>
        )}
      </DataView>
    </div>
  );
}
