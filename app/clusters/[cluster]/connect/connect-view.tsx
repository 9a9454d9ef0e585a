'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConnectClusterTable } from '@/components/connect/connect-cluster-table';
import { ConnectorTable } from '@/components/connect/connector-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { Stat } from '@/components/ui/stat';
import { connectOverviewQuery, overviewQuery } from '@/lib/api/queries';
import { connectorStateSchema, type ConnectorSummary } from '@/lib/api/schemas/connect';

function StateStats({ connectors }: { connectors: ConnectorSummary[] }) {
  const count = (s: string) => connectors.filter((c) => c.state === s).length;
  const failedTasks = connectors.reduce((n, c) => n + c.tasksFailed, 0);
  const t = useTranslations('connect');
  return (
    <div className="stats">
      <Stat label={t('connectors')} value={connectors.length} />
      <Stat label={t('running')} value={count('RUNNING')} tone={count('RUNNING') ? 'good' : undefined} />
      <Stat label={t('pausedStopped')} value={count('PAUSED') + count('STOPPED')} />
      <Stat label={t('failed')} value={count('FAILED')} tone={count('FAILED') ? 'bad' : 'good'} />
      <Stat label={t('failedTasks')} value={failedTasks} tone={failedTasks ? 'bad' : 'good'} note={t('failedTasksNote')} />
    </div>
  );
}

export function ConnectView({ cluster }: { cluster: string }) {
  const t = useTranslations('connect');
  const readOnlyTitle = useTranslations('common')('readOnlyCluster');
  const overview = useQuery(connectOverviewQuery(cluster));
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const [search, setSearch] = useState('');
  const [state, setState] = useState('');
  const base = `/clusters/${encodeURIComponent(cluster)}/connect`;
  const term = search.trim().toLowerCase();
  const shown = (overview.data?.connectors ?? []).filter(
    (c) => (c.name.toLowerCase().includes(term) || c.plugin.toLowerCase().includes(term) || c.topics.some((t) => t.toLowerCase().includes(term))) && (!state || c.state === state),
  );
  const filters = (
    <div className="row">
      <input type="search" aria-label={t('filter')} placeholder={t('filterPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
      <select aria-label={t('stateFilter')} value={state} onChange={(e) => setState(e.target.value)}>
        <option value="">{t('allStates')}</option>
        {connectorStateSchema.options.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </div>
  );
  const hasConnect = (overview.data?.connectClusters.length ?? 0) > 0;
  return (
    <div className="stack">
      <PageHead
        title={t('title')}
        sub={t('sub')}
        actions={
          hasConnect &&
          (readOnly ? (
            <button type="button" className="button primary" disabled title={readOnlyTitle}>
              {t('newConnector')}
            </button>
          ) : (
            <Link className="button primary" href={`${base}/new`}>
              {t('newConnector')}
            </Link>
          ))
        }
      />
      {overview.data && overview.data.connectClusters.length > 0 && <StateStats connectors={overview.data.connectors} />}
      <Panel title={t('connectors')} hint={overview.data ? t('shown', { shown: shown.length, total: overview.data.connectors.length }) : undefined} actions={filters}>
        <DataView
          query={overview}
          label={t('label')}
          isEmpty={(d) => d.connectClusters.length === 0 || d.connectors.length === 0}
          empty={
            hasConnect ? (
              <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
            ) : (
              <EmptyState title={t('noConnectTitle')}>
                {t.rich('noConnectText', { example: 'connect: [{ name, url }]', code: (chunks) => <code>{chunks}</code> })}
              </EmptyState>
            )
          }
        >
          {() =>
            shown.length ? (
              <ConnectorTable connectors={shown} hrefFor={(c) => `${base}/${encodeURIComponent(c.connect)}/${encodeURIComponent(c.name)}`} />
            ) : (
              <EmptyState title={t('noMatchTitle')}>{t('noMatchText')}</EmptyState>
            )
          }
        </DataView>
      </Panel>
      {overview.data && overview.data.connectClusters.length > 0 && (
        <Panel title={t('clusters')} hint={t('clustersHint')}>
          <ConnectClusterTable clusters={overview.data.connectClusters} />
        </Panel>
      )}
    </div>
  );
}
