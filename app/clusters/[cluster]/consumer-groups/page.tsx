import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { GroupsView } from './groups-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('titles.groups') };
}

export default async function ConsumerGroupsPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <GroupsView cluster={decodeURIComponent(cluster)} />;
}
