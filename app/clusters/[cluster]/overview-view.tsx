'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { BrokerTable } from '@/components/cluster/broker-table';
import { LeadersChart } from '@/components/cluster/leaders-chart';
import { LeadershipCallout } from '@/components/cluster/leadership-callout';
import { QuorumTable } from '@/components/cluster/quorum-table';
import { DataView } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import { electLeadersRequest } from '@/lib/api/cluster-actions';
import { clusterSizesQuery, keys, leadershipQuery, overviewQuery } from '@/lib/api/queries';
import { formatBytes } from '@/lib/cluster/config-values';

export function OverviewView({ cluster }: { cluster: string }) {
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
                <span className="dot ok" /> reachable
              </span>
              {overview.data.readOnly && <span className="badge warn">read-only</span>}
              <span>
                Cluster ID <code>{overview.data.clusterId ?? 'unknown'}</code>
              </span>
            </span>
          ) : (
            'Cluster overview'
          )
        }
      />
      <DataView query={overview} label="cluster overview" height={320}>
        {(o) => (
          <>
            <div className="stats">
              <Stat
                label="Brokers"
                value={o.brokers.length}
                tone={o.brokersDown > 0 ? 'bad' : undefined}
                note={o.brokersDown > 0 ? `${o.brokersDown} down` : undefined}
              />
              <Stat
                label="Kafka"
                value={o.kafkaVersion ?? 'unknown'}
                note={o.metadataVersion ? `metadata.version ${o.metadataVersion}` : 'not told by the protocol'}
              />
              <Stat label="Topics" value={o.topics} note={`${o.internalTopics} internal`} />
              <Stat label="Partitions" value={o.partitions} note={`${o.replicas.toLocaleString('en-US')} replicas`} />
              <Stat
                label="Under-replicated"
                value={o.underReplicatedPartitions}
                tone={o.underReplicatedPartitions > 0 ? 'bad' : 'good'}
                note="partitions with ISR < replicas"
              />
              <Stat
                label="On disk"
                value={sizes.data ? formatBytes(sizes.data.sizeBytes) : 'unknown'}
                note={sizes.data ? (sizes.data.complete ? 'all replicas, all brokers' : 'some brokers did not answer') : 'from DescribeLogDirs'}
              />
              <Stat label="Offline" value={o.offlinePartitions} tone={o.offlinePartitions > 0 ? 'bad' : 'good'} note="partitions without a leader" />
              {o.quorum ? (
                <Stat
                  label="Quorum leader"
                  value={o.quorum.leaderId}
                  note={`active controller, epoch ${o.quorum.leaderEpoch}`}
                />
              ) : (
                <Stat label="Controller" value={o.controllerId ?? 'none'} note="as the Metadata API reports it" />
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
              <Panel title="Partition leaders per broker" hint="An even spread means balanced load">
                <LeadersChart brokers={o.brokers} />
              </Panel>
              {o.quorum && (
                <Panel
                  title="KRaft quorum"
                  hint={`Metadata log high watermark ${Number(o.quorum.highWatermark).toLocaleString('en-US')}; the Metadata API's "controller" (${o.controllerId ?? 'none'}) is any live broker under KRaft`}
                >
                  <QuorumTable quorum={o.quorum} />
                </Panel>
              )}
            </div>
            <Panel title="Brokers" hint={`${o.brokers.length} live`}>
              <BrokerTable brokers={o.brokers} hrefFor={(id) => `${base}/brokers/${id}`} />
            </Panel>
          </>
        )}
      </DataView>
    </div>
  );
}
