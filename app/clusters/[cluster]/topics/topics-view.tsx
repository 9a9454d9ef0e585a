'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { CreateTopicDialog } from '@/components/topics/create-topic-dialog';
import { Pager } from '@/components/topics/pager';
import { TopicTable } from '@/components/topics/topic-table';
import styles from '@/components/topics/topics.module.css';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { keys, overviewQuery, topicsQuery } from '@/lib/api/queries';
import { useClusterPermissions } from '@/lib/api/use-permissions';
import { nextSort, type TopicListView, viewFromParams, viewToParams } from '@/lib/topics/url-state';

const PAGE_SIZE = 50;
const SEARCH_DEBOUNCE_MS = 250;

export function TopicsView({ cluster }: { cluster: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const view = viewFromParams(useSearchParams());
  const [searchText, setSearchText] = useState(view.search);
  const [creating, setCreating] = useState(false);
  const queryClient = useQueryClient();
  const overview = useQuery(overviewQuery(cluster));
  const topics = useQuery(topicsQuery(cluster, { ...view, pageSize: PAGE_SIZE }));
  const base = `/clusters/${encodeURIComponent(cluster)}`;

  const go = (next: TopicListView) => {
    const qs = viewToParams(next).toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };

  // The box follows the address when it changes from outside (back button, a shared link), not while typing.
  const pushedSearch = useRef(view.search);
  useEffect(() => {
    if (view.search !== pushedSearch.current) setSearchText(view.search);
    pushedSearch.current = view.search;
  }, [view.search]);
  useEffect(() => {
    if (searchText === view.search) return;
    const timer = setTimeout(() => {
      pushedSearch.current = searchText;
      go({ ...view, search: searchText, page: 1 });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  });

  const readOnly = overview.data?.readOnly ?? false;
  const { can, whyNot } = useClusterPermissions(cluster);
  return (
    <div className="stack">
      <PageHead
        title="Topics"
        sub="Search, sort and open a topic; the view is kept in the address, so you can share it."
        actions={
          <button type="button" className="button primary" onClick={() => setCreating(true)} disabled={readOnly || !can('topics:create')} title={readOnly ? 'This cluster is read-only' : whyNot('topics:create')}>
            Create topic
          </button>
        }
      />
      <Panel
        title="Topic list"
        hint={topics.data ? `${topics.data.total.toLocaleString('en-US')} matching topic${topics.data.total === 1 ? '' : 's'}` : undefined}
        actions={
          <div className={styles.toolbar}>
            <input type="search" placeholder="Search topics" aria-label="Search topics" value={searchText} onChange={(e) => setSearchText(e.target.value)} style={{ width: 260 }} />
            <label className="row" style={{ gap: 6 }}>
              <input type="checkbox" checked={view.internal} onChange={(e) => go({ ...view, internal: e.target.checked, page: 1 })} />
              Show internal topics
            </label>
          </div>
        }
      >
        <DataView
          query={topics}
          label="topics"
          height={320}
          isEmpty={(t) => t.total === 0}
          empty={
            <EmptyState title={view.search ? `No topic matches "${view.search}"` : 'No topics yet'} height={320}>
              {view.search ? 'Clear the search or show internal topics.' : 'Topics you create, or that producers create, appear here.'}
            </EmptyState>
          }
        >
          {(t) => (
            <>
              <TopicTable topics={t.items} sort={view.sort} order={view.order} onSort={(key) => go(nextSort(view, key))} hrefFor={(name) => `${base}/topics/${encodeURIComponent(name)}`} />
              <Pager page={view.page} pageSize={PAGE_SIZE} total={t.total} onPage={(page) => go({ ...view, page })} />
            </>
          )}
        </DataView>
      </Panel>
      {creating && (
        <CreateTopicDialog
          cluster={cluster}
          brokerCount={overview.data?.brokers.length}
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(topic) => {
            void queryClient.invalidateQueries({ queryKey: keys.topics(cluster) });
            router.push(`${base}/topics/${encodeURIComponent(topic.name)}`);
          }}
        />
      )}
    </div>
  );
}
