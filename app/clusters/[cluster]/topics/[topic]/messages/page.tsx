import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { MessagesView } from './messages-view';

export async function generateMetadata({ params }: { params: Promise<{ topic: string }> }): Promise<Metadata> {
  return { title: (await getTranslator())('titles.messages', { topic: decodeURIComponent((await params).topic) }) };
}

export default async function MessagesPage({ params }: { params: Promise<{ cluster: string; topic: string }> }) {
  const { cluster, topic } = await params;
  return <MessagesView cluster={decodeURIComponent(cluster)} topic={decodeURIComponent(topic)} />;
}
