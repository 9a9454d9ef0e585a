'use client';
import { useQuery } from '@tanstack/react-query';
import { BrokerTable } from '@/components/cluster/broker-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { brokersQuery } from '@/lib/api/queries';

export function BrokersView({ cluster }: { cluster: string }) {
  const brokers = useQuery(brokersQuery(cluster));
  const base = `/clusters/${encodeURIComponent(cluster)}`;
  return (
    <div className="stack">
      <PageHead title="Brokers" sub="Open a broker to see its configuration." />
      <Panel title="Live brokers" hint={brokers.data ? `${brokers.data.length} in the cluster metadata` : undefined}>
        <DataView
          query={brokers}
          label="brokers"
          isEmpty={(b) => b.length === 0}
          empty={<EmptyState title="No live brokers">The cluster answered but reported no brokers.</EmptyState>}
        >
          {(b) => <BrokerTable brokers={b} hrefFor={(id) => `${base}/brokers/${id}`} />}
        </DataView>
      </Panel>
    </div>
  );
}
