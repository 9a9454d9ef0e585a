import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { Suspense } from 'react';
import { TopicsView } from './topics-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('titles.topics') };
}

export default async function TopicsPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  // useSearchParams needs a Suspense boundary in the App Router.
  return (
    <Suspense>
      <TopicsView cluster={decodeURIComponent(cluster)} />
    </Suspense>
  );
}
