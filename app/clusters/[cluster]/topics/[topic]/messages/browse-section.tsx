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

const INITIAL: BrowseSettings = { partitions: '', from: 'newest', order: 'newest', limit: 50 };

export function BrowseSection({ cluster, topic, base }: { cluster: string; topic: string; base: string }) {
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
        Previous page
      </button>
      <button type="button" className="button" disabled={!page.data?.next} onClick={() => setCursor(page.data?.next)}>
        Next page
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
      <Panel title="Messages" hint={page.data ? `${page.data.messages.length} shown, merged across partitions by timestamp` : undefined} actions={<ExportLinks hrefFor={exportHref} />}>
        <DataView
          query={page}
          label="messages"
          isEmpty={(p) => p.messages.length === 0 && !p.unavailablePartitions?.length}
          empty={<EmptyState title="No messages here">Nothing in this range yet. Produce one, or start from the oldest message.</EmptyState>}
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
