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
import { useFormat } from '@/lib/format/use-format';
import { useTranslations } from 'use-intl';
import { CopyButton } from '@/components/ui/copy-button';

type Action = 'grow' | 'purge' | 'delete' | null;

export function TopicView({ cluster, topic }: { cluster: string; topic: string }) {
  const t = useTranslations('topic');
  const diskT = useTranslations('disk');
  const f = useFormat();
  const nav = useTranslations('nav');
  const unknown = useTranslations('common')('unknown');
  const breadcrumb = useTranslations('common')('breadcrumb');
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
  const selectTab = (name: 'partitions' | 'configs') => router.replace(name === 'configs' ? `${pathname}?tab=configs` : pathname, { scroll: false });
  const refresh = () => {
    setAction(null);
    void queryClient.invalidateQueries({ queryKey: keys.topics(cluster) });
  };

  return (
    <div className="stack">
      <PageHead
        title={
          <span style={{ overflowWrap: 'anywhere' }}>
            {topic}
            <CopyButton text={topic} what={topic} />
          </span>
        }
        sub={
          <nav aria-label={breadcrumb}>
            <Link href={`${base}/topics`}>{nav('topics')}</Link> / <span aria-current="page">{topic}</span>
          </nav>
        }
        actions={
          <>
            <Link className="button primary" href={`${base}/topics/${encodeURIComponent(topic)}/messages`}>
              {t('messages')}
            </Link>
            {can('topics:config') && <button type="button" className="button" disabled={readOnly || !detail.data} onClick={() => setAction('grow')}>{t('addPartitions')}</button>}
            {can('topics:delete') && <button type="button" className="button" disabled={readOnly || !detail.data} onClick={() => setAction('purge')}>{t('purge')}</button>}
            {can('topics:delete') && <button type="button" className="button danger" disabled={readOnly || !detail.data} onClick={() => setAction('delete')}>{t('delete')}</button>}
          </>
        }
      />
      <div className={styles.tabs} role="tablist" aria-label={t('views')}>
        {(['partitions', 'configs'] as const).map((name, i, all) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-controls="topic-tabpanel"
            className={styles.tab}
            aria-selected={tab === name}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => selectTab(name)}
            onKeyDown={(e) => {
              // The tab pattern: arrows move between tabs, one tab stop for the list.
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const next = all[(i + (e.key === 'ArrowRight' ? 1 : all.length - 1)) % all.length]!;
              selectTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {name === 'configs' ? t('tabConfigs') : t('tabPartitions')}
          </button>
        ))}
      </div>
      <div id="topic-tabpanel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="stack">
      {tab === 'partitions' ? (
        <DataView query={detail} label={t('label', { name: topic })} height={320}>
          {(d) => (
            <>
              <div className="stats">
                <Stat label={t('partitions')} value={d.partitions} />
                <Stat label={t('replicationFactor')} value={d.replicationFactor} />
                <Stat label={t('messages')} value={d.messages ?? unknown} />
                <Stat label={diskT('onDisk')} value={sizes.data ? f.bytes(sizes.data.sizeBytes) : unknown} note={sizes.data && !sizes.data.complete ? diskT('someMissing') : diskT('allReplicas')} />
                <Stat label={t('underReplicated')} value={d.underReplicatedPartitions} tone={d.underReplicatedPartitions ? 'bad' : 'good'} />
                <Stat label={t('offline')} value={d.offlinePartitions} tone={d.offlinePartitions ? 'bad' : 'good'} />
              </div>
              <Panel title={t('perPartition')} hint={t('perPartitionHint')}>
                {d.messages === 0 ? (
                  <EmptyState title={t('noRecords')} height={220}>
                    {t('noRecordsText')}
                  </EmptyState>
                ) : (
                  <MessagesChart partitions={d.partitionDetails} />
                )}
              </Panel>
              <Panel title={t('partitions')} hint={t('partitionsHint')}>
                <PartitionTable partitions={d.partitionDetails} />
              </Panel>
              <Panel title={diskT('sizeOnDisk')} hint={diskT('sizeOnDiskHint')}>
                <DataView query={sizes} label={diskT('sizesLabel')}>
                  {(s) => <TopicSizeTable sizes={s} />}
                </DataView>
              </Panel>
              {action === 'grow' && <GrowDialog cluster={cluster} topic={d} onClose={() => setAction(null)} onDone={refresh} />}
              {action === 'purge' && <PurgeDialog cluster={cluster} topic={d} onClose={() => setAction(null)} onDone={refresh} />}
            </>
          )}
        </DataView>
      ) : (
        <Panel title={t('tabConfigs')} hint={t('configHint')}>
          <DataView query={configs} label={t('configLabel')} height={320}>
            {(entries) => (
              <div className="stack">
                <ConfigEditor cluster={cluster} topic={topic} entries={entries} readOnly={readOnly} onChanged={(next) => queryClient.setQueryData(topicConfigsQuery(cluster, topic).queryKey, next)} />
                <ConfigTable entries={entries} />
              </div>
            )}
          </DataView>
        </Panel>
      )}
      </div>
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
