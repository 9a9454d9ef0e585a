import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TopicsView } from './topics-view';

export const metadata: Metadata = { title: 'Topics' };

export default async function TopicsPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  // useSearchParams needs a Suspense boundary in the App Router.
  return (
    <Suspense>
      <TopicsView cluster={decodeURIComponent(cluster)} />
    </Suspense>
  );
}
