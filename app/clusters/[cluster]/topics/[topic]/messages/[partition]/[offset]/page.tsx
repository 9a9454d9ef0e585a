import type { Metadata } from 'next';
import { MessagePermalinkView } from './message-view';

export const metadata: Metadata = { title: 'Message' };

export default async function MessagePage({ params }: { params: Promise<{ cluster: string; topic: string; partition: string; offset: string }> }) {
  const { cluster, topic, partition, offset } = await params;
  return <MessagePermalinkView cluster={decodeURIComponent(cluster)} topic={decodeURIComponent(topic)} partition={Number(partition)} offset={Number(offset)} />;
}
