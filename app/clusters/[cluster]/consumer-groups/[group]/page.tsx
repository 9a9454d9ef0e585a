import type { Metadata } from 'next';
import { GroupView } from './group-view';

type Params = { params: Promise<{ cluster: string; group: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Group ${decodeURIComponent((await params).group)}` };
}

export default async function ConsumerGroupPage({ params }: Params) {
  const { cluster, group } = await params;
  return <GroupView cluster={decodeURIComponent(cluster)} group={decodeURIComponent(group)} />;
}
