import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { Suspense } from 'react';
import { TopicView } from './topic-view';

export async function generateMetadata({ params }: { params: Promise<{ topic: string }> }): Promise<Metadata> {
  return { title: (await getTranslator())('titles.topic', { name: decodeURIComponent((await params).topic) }) };
}

export default async function TopicPage({ params }: { params: Promise<{ cluster: string; topic: string }> }) {
  const { cluster, topic } = await params;
  return (
    <Suspense>
      <TopicView cluster={decodeURIComponent(cluster)} topic={decodeURIComponent(topic)} />
    </Suspense>
  );
}
