import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { GroupView } from './group-view';

type Params = { params: Promise<{ cluster: string; group: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: (await getTranslator())('titles.group', { name: decodeURIComponent((await params).group) }) };
}

export default async function ConsumerGroupPage({ params }: Params) {
  const { cluster, group } = await params;
  return <GroupView cluster={decodeURIComponent(cluster)} group={decodeURIComponent(group)} />;
}
