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

export function BrokerView({ cluster, id }: { cluster: string; id: number }) {
  const detail = useQuery(brokerQuery(cluster, id));
  const base = `/clusters/${encodeURIComponent(cluster)}`;
  return (
    <div className="stack">
      <PageHead
        title={`Broker ${id}`}
        sub={
          <>
            <Link href={`${base}/brokers`}>Brokers</Link> / {id}
          </>
        }
      />
      <DataView query={detail} label={`broker ${id}`} height={320}>
        {({ broker, configs }) => (
          <>
            <div className="stats">
              <Stat label="Address" value={brokerAddress(broker)} note={broker.online ? undefined : 'down: configuration unavailable'} tone={broker.online ? undefined : 'bad'} />
              <Stat label="Rack" value={broker.rack ?? 'none'} />
              <Stat label="Leader partitions" value={broker.leaderPartitions} />
              <Stat label="Replicas" value={broker.replicaPartitions} />
            </div>
            <Panel title="Configuration" hint="From DescribeConfigs; sensitive values never leave the broker">
              <ConfigTable entries={configs} />
            </Panel>
          </>
        )}
      </DataView>
    </div>
  );
}
