'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type BrowseSettings, BrowseControls } from '@/components/messages/browse-controls';
import { ExportLinks } from '@/components/messages/export-links';
import { MessageTable } from '@/components/messages/message-table';
import { UnavailableNotice } from '@/components/messages/unavailable-notice';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { Panel } from '@/components/ui/panel';
import { endpointPath } from '@/lib/api/endpoint';
import { exportMessagesEndpoint } from '@/lib/api/endpoints/messages';
import { messagePageQuery } from '@/lib/api/queries';
import { useTranslations } from 'use-intl';

const INITIAL: BrowseSettings = { partitions: '', from: 'newest', order: 'newest', limit: 50 };

export function BrowseSection({ cluster, topic, base }: { cluster: string; topic: string; base: string }) {
  const t = useTranslations('messages');
  const [settings, setSettings] = useState(INITIAL);
  const [cursor, setCursor] = useState<string | undefined>();
  const query = cursor
    ? { cursor, limit: settings.limit }
    : { from: settings.from, order: settings.order, limit: settings.limit, partitions: settings.partitions || undefined };
  const page = useQuery({ ...messagePageQuery(cluster, topic, query), placeholderData: keepPreviousData });
  const exportHref = (format: 'ndjson' | 'json' | 'csv') =>
    endpointPath(exportMessagesEndpoint, { cluster, topic }, { format, from: settings.from === 'newest' ? 'oldest' : settings.from, partitions: settings.partitions || undefined, limit: settings.limit });
  const pager = (
    <div className="row">
      <button type="button" className="button" disabled={!page.data?.prev} onClick={() => setCursor(page.data?.prev)}>
        {t('previous')}
      </button>
      <button type="button" className="button" disabled={!page.data?.next} onClick={() => setCursor(page.data?.next)}>
        {t('next')}
      </button>
    </div>
  );
  return (
    <div className="stack">
      <BrowseControls
        value={settings}
        onApply={(next) => {
          setSettings(next);
          setCursor(undefined);
        }}
      />
      <Panel
        title={t('panel')}
        hint={page.data ? t('shownHint', { count: page.data.messages.length }) : undefined}
        actions={<ExportLinks hrefFor={exportHref} disabled={!page.data || page.data.messages.length === 0} />}
      >
        <DataView
          query={page}
          label={t('label')}
          isEmpty={(p) => p.messages.length === 0 && !p.unavailablePartitions?.length}
          empty={<EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>}
        >
          {(p) => (
            <div className="stack">
              <UnavailableNotice partitions={p.unavailablePartitions} />
              <MessageTable messages={p.messages} permalinkFor={(m) => `${base}/${m.partition}/${m.offset}`} />
              {pager}
            </div>
          )}
        </DataView>
      </Panel>
    </div>
  );
}
