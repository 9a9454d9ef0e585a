'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
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
  return (
    <div className="stats">
      <Stat label="Connectors" value={connectors.length} />
      <Stat label="Running" value={count('RUNNING')} tone={count('RUNNING') ? 'good' : undefined} />
      <Stat label="Paused / stopped" value={count('PAUSED') + count('STOPPED')} />
      <Stat label="Failed" value={count('FAILED')} tone={count('FAILED') ? 'bad' : 'good'} />
      <Stat label="Failed tasks" value={failedTasks} tone={failedTasks ? 'bad' : 'good'} note="listed first below" />
    </div>
  );
}

export function ConnectView({ cluster }: { cluster: string }) {
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
      <input type="search" aria-label="Filter connectors" placeholder="Name, plugin or topic" value={search} onChange={(e) => setSearch(e.target.value)} />
      <select aria-label="Connector state" value={state} onChange={(e) => setState(e.target.value)}>
        <option value="">All states</option>
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
        title="Kafka Connect"
        sub="Connectors on the Connect clusters configured for this Kafka cluster. Connect's REST API is the source of truth."
        actions={
          hasConnect &&
          (readOnly ? (
            <button type="button" className="button primary" disabled title="This cluster is read-only">
              New connector
            </button>
          ) : (
            <Link className="button primary" href={`${base}/new`}>
              New connector
            </Link>
          ))
        }
      />
      {overview.data && overview.data.connectClusters.length > 0 && <StateStats connectors={overview.data.connectors} />}
      <Panel title="Connectors" hint={overview.data ? `${shown.length} of ${overview.data.connectors.length}, failed first` : undefined} actions={filters}>
        <DataView
          query={overview}
          label="connectors"
          isEmpty={(d) => d.connectClusters.length === 0 || d.connectors.length === 0}
          empty={
            hasConnect ? (
              <EmptyState title="No connectors yet">Connectors appear here once one is created, here with New connector or through Connect&apos;s REST API.</EmptyState>
            ) : (
              <EmptyState title="No Connect cluster configured">
                Add <code>connect: [{'{'} name, url {'}'}]</code> to this cluster in the config file to manage its connectors here.
              </EmptyState>
            )
          }
        >
          {() =>
            shown.length ? (
              <ConnectorTable connectors={shown} hrefFor={(c) => `${base}/${encodeURIComponent(c.connect)}/${encodeURIComponent(c.name)}`} />
            ) : (
              <EmptyState title="No connector matches">Change the filter to see more connectors.</EmptyState>
            )
          }
        </DataView>
      </Panel>
      {overview.data && overview.data.connectClusters.length > 0 && (
        <Panel title="Connect clusters" hint="Reachability of each cluster's REST API">
          <ConnectClusterTable clusters={overview.data.connectClusters} />
        </Panel>
      )}
    </div>
  );
}
