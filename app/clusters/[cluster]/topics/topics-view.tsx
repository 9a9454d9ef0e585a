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
import { useTranslations } from 'use-intl';

const PAGE_SIZE = 50;
const SEARCH_DEBOUNCE_MS = 250;

export function TopicsView({ cluster }: { cluster: string }) {
  const t = useTranslations('topics');
  const common = useTranslations('common');
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
        title={t('title')}
        sub={t('sub')}
        actions={
          <button type="button" className="button primary" onClick={() => setCreating(true)} disabled={readOnly || !can('topics:create')} title={readOnly ? common('readOnlyCluster') : whyNot('topics:create')}>
            {t('create')}
          </button>
        }
      />
      <Panel
        title={t('list')}
        hint={topics.data ? t('matching', { count: topics.data.total }) : undefined}
        actions={
          <div className={styles.toolbar}>
            <input type="search" placeholder={t('search')} aria-label={t('search')} value={searchText} onChange={(e) => setSearchText(e.target.value)} style={{ width: 260 }} />
            <label className="row" style={{ gap: 6 }}>
              <input type="checkbox" checked={view.internal} onChange={(e) => go({ ...view, internal: e.target.checked, page: 1 })} />
              {t('showInternal')}
            </label>
          </div>
        }
      >
        <DataView
          query={topics}
          label={t('label')}
          height={320}
          isEmpty={(list) => list.total === 0}
          empty={
            <EmptyState title={view.search ? t('noMatch', { search: view.search }) : t('noTopics')} height={320}>
              {view.search ? t('noMatchText') : t('noTopicsText')}
            </EmptyState>
          }
        >
          {(list) => (
            <>
              <TopicTable topics={list.items} sort={view.sort} order={view.order} onSort={(key) => go(nextSort(view, key))} hrefFor={(name) => `${base}/topics/${encodeURIComponent(name)}`} />
              <Pager page={view.page} pageSize={PAGE_SIZE} total={list.total} onPage={(page) => go({ ...view, page })} />
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
