'use client';
// A topic's messages: browse pages, search, live tail, produce — one tab at a time, so only one reader runs.
import Link from 'next/link';
import { useState } from 'react';
import { PageHead } from '@/components/ui/page-head';
import { BrowseSection } from './browse-section';
import { ProduceSection } from './produce-section';
import { SearchSection } from './search-section';
import { TailSection } from './tail-section';

const TABS = ['Browse', 'Search', 'Live tail', 'Produce'] as const;
type Tab = (typeof TABS)[number];

export function MessagesView({ cluster, topic }: { cluster: string; topic: string }) {
  const [tab, setTab] = useState<Tab>('Browse');
  const topicsPath = `/clusters/${encodeURIComponent(cluster)}/topics`;
  const topicPath = `${topicsPath}/${encodeURIComponent(topic)}`;
  const base = `${topicPath}/messages`;
  return (
    <div className="stack">
      <PageHead
        title={<span style={{ overflowWrap: 'anywhere' }}>Messages of {topic}</span>}
        sub={
          <>
            <Link href={topicsPath}>Topics</Link> / <Link href={topicPath}>{topic}</Link> / messages. Read without a consumer
            group: nothing is committed, nothing is left behind in the cluster.
          </>
        }
      />
      <div role="tablist" aria-label="Message tools" className="tabs">
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className="tab" onClick={() => setTab(t)}>
            {t}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tab}>
        {tab === 'Browse' && <BrowseSection cluster={cluster} topic={topic} base={base} />}
        {tab === 'Search' && <SearchSection cluster={cluster} topic={topic} base={base} />}
        {tab === 'Live tail' && <TailSection cluster={cluster} topic={topic} base={base} />}
        {tab === 'Produce' && <ProduceSection cluster={cluster} topic={topic} />}
      </div>
    </div>
  );
}
