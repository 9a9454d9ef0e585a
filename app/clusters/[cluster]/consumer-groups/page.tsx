import type { Metadata } from 'next';
import { GroupsView } from './groups-view';

export const metadata: Metadata = { title: 'Consumer groups' };

export default async function ConsumerGroupsPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <GroupsView cluster={decodeURIComponent(cluster)} />;
}
