import type { Metadata } from 'next';
import { MessagesView } from './messages-view';

export const metadata: Metadata = { title: 'Messages' };

export default async function MessagesPage({ params }: { params: Promise<{ cluster: string; topic: string }> }) {
  const { cluster, topic } = await params;
  return <MessagesView cluster={decodeURIComponent(cluster)} topic={decodeURIComponent(topic)} />;
}
