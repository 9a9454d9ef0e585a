'use client';
// A topic's messages: browse pages, search, live tail, produce — one tab at a time, so only one reader runs.
import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { PageHead } from '@/components/ui/page-head';
import { Tabs } from '@/components/ui/tabs';
import { BrowseSection } from './browse-section';
import { ProduceSection } from './produce-section';
import { SearchSection } from './search-section';
import { TailSection } from './tail-section';

const TABS = [
  { id: 'browse', label: 'tabBrowse' },
  { id: 'search', label: 'tabSearch' },
  { id: 'tail', label: 'tabTail' },
  { id: 'produce', label: 'tabProduce' },
] as const;
type Tab = (typeof TABS)[number]['id'];

export function MessagesView({ cluster, topic }: { cluster: string; topic: string }) {
  const t = useTranslations('messages');
  const nav = useTranslations('nav');
  const [tab, setTab] = useState<Tab>('browse');
  const topicsPath = `/clusters/${encodeURIComponent(cluster)}/topics`;
  const topicPath = `${topicsPath}/${encodeURIComponent(topic)}`;
  const base = `${topicPath}/messages`;
  return (
    <div className="stack">
      <PageHead
        title={<span style={{ overflowWrap: 'anywhere' }}>{t('title', { topic })}</span>}
        sub={
          <>
            <Link href={topicsPath}>{nav('topics')}</Link> / <Link href={topicPath}>{topic}</Link> / {t('crumb')}. {t('sub')}
          </>
        }
      />
      <Tabs label={t('tools')} tabs={TABS.map((x) => ({ id: x.id, label: t(x.label) }))} selected={tab} onSelect={setTab}>
        {tab === 'browse' && <BrowseSection cluster={cluster} topic={topic} base={base} />}
        {tab === 'search' && <SearchSection cluster={cluster} topic={topic} base={base} />}
        {tab === 'tail' && <TailSection cluster={cluster} topic={topic} base={base} />}
        {tab === 'produce' && <ProduceSection cluster={cluster} topic={topic} base={base} />}
      </Tabs>
    </div>
  );
}
