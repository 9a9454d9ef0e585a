'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { ConfigTable } from '@/components/cluster/config-table';
import { ConfigEditor } from '@/components/topics/config-editor';
import { DeleteDialog } from '@/components/topics/delete-dialog';
import { GrowDialog } from '@/components/topics/grow-dialog';
import { MessagesChart } from '@/components/topics/messages-chart';
import { PartitionTable } from '@/components/topics/partition-table';
import { PurgeDialog } from '@/components/topics/purge-dialog';
import { TopicSizeTable } from '@/components/cluster/topic-size-table';
import styles from '@/components/topics/topics.module.css';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import { keys, overviewQuery, topicConfigsQuery, topicQuery, topicSizesQuery } from '@/lib/api/queries';
import { useClusterPermissions } from '@/lib/api/use-permissions';
import { formatBytes } from '@/lib/cluster/config-values';

type Action = 'grow' | 'purge' | 'delete' | null;

export function TopicView({ cluster, topic }: { cluster: string; topic: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const tab = useSearchParams().get('tab') === 'configs' ? 'configs' : 'partitions';
  const [action, setAction] = useState<Action>(null);
  const queryClient = useQueryClient();
  const detail = useQuery(topicQuery(cluster, topic));
  const configs = useQuery({ ...topicConfigsQuery(cluster, topic), enabled: tab === 'configs' });
  const sizes = useQuery({ ...topicSizesQuery(cluster, topic), enabled: tab === 'partitions' });
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const { can } = useClusterPermissions(cluster);
  const base = `/clusters/${encodeURIComponent(cluster)}`;
  const refresh = () => {
    setAction(null);
    void queryClient.invalidateQueries({ queryKey: keys.topics(cluster) });
  };

  return (
    <div className="stack">
      <PageHead
        title={<span style={{ overflowWrap: 'anywhere' }}>{topic}</span>}
        sub={
          <>
            <Link href={`${base}/topics`}>Topics</Link> / topic
          </>
        }
        actions={
          <>
            <Link className="button primary" href={`${base}/topics/${encodeURIComponent(topic)}/messages`}>
              Messages
            </Link>
            {can('topics:config') && <button type="button" className="button" disabled={readOnly || !detail.data} onClick={() => setAction('grow')}>Add partitions</button>}
            {can('topics:delete') && <button type="button" className="button" disabled={readOnly || !detail.data} onClick={() => setAction('purge')}>Purge records</button>}
            {can('topics:delete') && <button type="button" className="button danger" disabled={readOnly || !detail.data} onClick={() => setAction('delete')}>Delete topic</button>}
          </>
        }
      />
      <div className={styles.tabs} role="tablist" aria-label="Topic views">
        {(['partitions', 'configs'] as const).map((t) => (
          <button key={t} type="button" role="tab" className={styles.tab} aria-selected={tab === t} onClick={() => router.replace(t === 'configs' ? `${pathname}?tab=configs` : pathname, { scroll: false })}>
            {t === 'configs' ? 'Configuration' : 'Partitions'}
          </button>
        ))}
      </div>
      {tab === 'partitions' ? (
        <DataView query={detail} label={`topic ${topic}`} height={320}>
          {(t) => (
            <>
              <div className="stats">
                <Stat label="Partitions" value={t.partitions} />
                <Stat label="Replication factor" value={t.replicationFactor} />
                <Stat label="Messages" value={t.messages ?? 'unknown'} />
                <Stat label="On disk" value={sizes.data ? formatBytes(sizes.data.sizeBytes) : 'unknown'} note={sizes.data && !sizes.data.complete ? 'some brokers did not answer' : 'all replicas'} />
                <Stat label="Under-replicated" value={t.underReplicatedPartitions} tone={t.underReplicatedPartitions ? 'bad' : 'good'} />
                <Stat label="Offline" value={t.offlinePartitions} tone={t.offlinePartitions ? 'bad' : 'good'} />
              </div>
              <Panel title="Messages per partition" hint="High watermark minus low watermark">
                {t.messages === 0 ? (
                  <EmptyState title="No records in any partition" height={220}>
                    Records appear here per partition once producers write to the topic.
                  </EmptyState>
                ) : (
                  <MessagesChart partitions={t.partitionDetails} />
                )}
              </Panel>
              <Panel title="Partitions" hint="Under-replicated rows are amber, offline rows red">
                <PartitionTable partitions={t.partitionDetails} />
              </Panel>
              <Panel title="Size on disk" hint="From DescribeLogDirs, per partition and replica">
                <DataView query={sizes} label="sizes on disk">
                  {(s) => <TopicSizeTable sizes={s} />}
                </DataView>
              </Panel>
              {action === 'grow' && <GrowDialog cluster={cluster} topic={t} onClose={() => setAction(null)} onDone={refresh} />}
              {action === 'purge' && <PurgeDialog cluster={cluster} topic={t} onClose={() => setAction(null)} onDone={refresh} />}
            </>
          )}
        </DataView>
      ) : (
        <Panel title="Configuration" hint="From DescribeConfigs; overrides are marked dynamic (topic)">
          <DataView query={configs} label="configuration" height={320}>
            {(entries) => (
              <div className="stack">
                <ConfigEditor cluster={cluster} topic={topic} entries={entries} readOnly={readOnly} onChanged={(next) => queryClient.setQueryData(topicConfigsQuery(cluster, topic).queryKey, next)} />
                <ConfigTable entries={entries} />
              </div>
            )}
          </DataView>
        </Panel>
      )}
      {action === 'delete' && (
        <DeleteDialog
          cluster={cluster}
          topic={topic}
          onClose={() => setAction(null)}
          onDone={() => {
            queryClient.removeQueries({ queryKey: keys.topic(cluster, topic) });
            refresh();
            router.push(`${base}/topics`);
          }}
        />
      )}
    </div>
  );
}
