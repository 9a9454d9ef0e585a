import type { Metadata } from 'next';
import { BrokersView } from './brokers-view';

export const metadata: Metadata = { title: 'Brokers' };

export default async function BrokersPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <BrokersView cluster={decodeURIComponent(cluster)} />;
}
