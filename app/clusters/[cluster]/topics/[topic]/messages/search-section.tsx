'use client';
// Runs a search as a stream: matches appear as they are found, progress updates, Cancel stops the scan.
import { useEffect, useRef, useState } from 'react';
import { ExportLinks } from '@/components/messages/export-links';
import { MessageTable } from '@/components/messages/message-table';
import { SearchForm, type SearchSettings } from '@/components/messages/search-form';
import { SearchProgress, type SearchProgressData } from '@/components/messages/search-progress';
import { UnavailableNotice } from '@/components/messages/unavailable-notice';
import { EmptyState, ErrorState } from '@/components/ui/data-state';
import { Panel } from '@/components/ui/panel';
import { endpointPath } from '@/lib/api/endpoint';
import { exportMessagesEndpoint, searchMessagesEndpoint } from '@/lib/api/endpoints/messages';
import { readEventStream } from '@/lib/api/event-stream';
import type { Message } from '@/lib/api/schemas/messages';
import { useTranslations } from 'use-intl';

type DoneReason = 'end' | 'limit' | 'budget' | 'cancelled';

export function SearchSection({ cluster, topic, base }: { cluster: string; topic: string; base: string }) {
  const t = useTranslations('messages');
  const [settings, setSettings] = useState<SearchSettings | null>(null);
  const [matches, setMatches] = useState<Message[]>([]);
  const [progress, setProgress] = useState<SearchProgressData | null>(null);
  const [unavailable, setUnavailable] = useState<number[] | undefined>();
  const [done, setDone] = useState<DoneReason | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = (s: SearchSettings) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setSettings(s);
    setMatches([]);
    setProgress(null);
    setUnavailable(undefined);
    setDone(undefined);
    setError(null);
    setRunning(true);
    const path = endpointPath(searchMessagesEndpoint, { cluster, topic }, { ...s, partitions: s.partitions || undefined });
    readEventStream(
      path,
      searchMessagesEndpoint.response,
      (e) => {
        if (e.event === 'message') setMatches((list) => [...list, e.data]);
        else if (e.event === 'progress') {
          setProgress(e.data);
          setUnavailable(e.data.unavailablePartitions);
        }
        else if (e.event === 'done') setDone(e.data.reason);
        else setError(new Error(e.data.message));
      },
      controller.signal,
    )
      .catch(setError)
      .finally(() => setRunning(false));
  };
  const cancel = () => {
    abort.current?.abort();
    setDone('cancelled');
  };
  const exportHref = (format: 'ndjson' | 'json' | 'csv') =>
    endpointPath(exportMessagesEndpoint, { cluster, topic }, { ...settings!, partitions: settings!.partitions || undefined, format });

  return (
    <div className="stack">
      <Panel title={t('searchTitle')}>
        <SearchForm running={running} onStart={start} onCancel={cancel} />
      </Panel>
      {error !== null && <ErrorState error={error} height={100} badRequestTitle={t('searchRefused')} />}
      {settings && error === null && (
        <Panel title={t('results')} hint={settings.filter ? <code>{settings.filter}</code> : t('allMessagesHint')} actions={done ? <ExportLinks hrefFor={exportHref} disabled={matches.length === 0} /> : undefined}>
          <div className="stack">
            {progress && <SearchProgress progress={progress} done={done} />}
            <UnavailableNotice partitions={unavailable} />
            {matches.length > 0 ? (
              <MessageTable messages={matches} permalinkFor={(m) => `${base}/${m.partition}/${m.offset}`} />
            ) : (
              <EmptyState title={running ? t('searching') : t('noMatches')} height={100}>
                {running ? t('searchingText') : t('noMatchesText')}
              </EmptyState>
            )}
          </div>
        </Panel>
      )}
    </div>
  );
}
