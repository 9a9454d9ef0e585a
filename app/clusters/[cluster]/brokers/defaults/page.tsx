import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHead } from '@/components/ui/page-head';
import { BrokerConfigSection } from '../broker-config-section';

export const metadata: Metadata = { title: 'Cluster-wide broker configuration' };

export default async function BrokerDefaultsPage({ params }: { params: Promise<{ cluster: string }> }) {
  const cluster = decodeURIComponent((await params).cluster);
  return (
    <div className="stack">
      <PageHead
        title="Cluster-wide broker configuration"
        sub={
          <>
            <Link href={`/clusters/${encodeURIComponent(cluster)}/brokers`}>Brokers</Link> / defaults
          </>
        }
      />
      <BrokerConfigSection cluster={cluster} scope="default" />
    </div>
  );
}
