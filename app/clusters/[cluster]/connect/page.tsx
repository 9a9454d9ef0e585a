import type { Metadata } from 'next';
import { ConnectView } from './connect-view';

export const metadata: Metadata = { title: 'Kafka Connect' };

export default async function ConnectPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <ConnectView cluster={decodeURIComponent(cluster)} />;
}
