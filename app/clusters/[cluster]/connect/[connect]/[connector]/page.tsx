import type { Metadata } from 'next';
import { ConnectorView } from './connector-view';

export const metadata: Metadata = { title: 'Connector' };

export default async function ConnectorPage({ params }: { params: Promise<{ cluster: string; connect: string; connector: string }> }) {
  const { cluster, connect, connector } = await params;
  return <ConnectorView cluster={decodeURIComponent(cluster)} connect={decodeURIComponent(connect)} connector={decodeURIComponent(connector)} />;
}
