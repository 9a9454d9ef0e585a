import type { Metadata } from 'next';
import { NewConnectorView } from './new-connector-view';

export const metadata: Metadata = { title: 'New connector' };

export default async function NewConnectorPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <NewConnectorView cluster={decodeURIComponent(cluster)} />;
}
