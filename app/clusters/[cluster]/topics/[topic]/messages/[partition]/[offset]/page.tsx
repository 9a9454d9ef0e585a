import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { MessagePermalinkView } from './message-view';

export async function generateMetadata({ params }: { params: Promise<{ topic: string; partition: string; offset: string }> }): Promise<Metadata> {
  const { topic, partition, offset } = await params;
  return { title: (await getTranslator())('titles.message', { topic: decodeURIComponent(topic), partition, offset }) };
}

export default async function MessagePage({ params }: { params: Promise<{ cluster: string; topic: string; partition: string; offset: string }> }) {
  const { cluster, topic, partition, offset } = await params;
  return <MessagePermalinkView cluster={decodeURIComponent(cluster)} topic={decodeURIComponent(topic)} partition={Number(partition)} offset={Number(offset)} />;
}
