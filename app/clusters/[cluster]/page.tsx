import type { Metadata } from 'next';
import { OverviewView } from './overview-view';

export const metadata: Metadata = { title: 'Overview' };

export default async function OverviewPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <OverviewView cluster={decodeURIComponent(cluster)} />;
}
