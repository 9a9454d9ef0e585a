'use client';
// Live tail: new messages as they arrive. Pause closes the stream (the server stops reading); Resume
// opens a new one from the end. The list keeps the latest messages only.
import { useEffect, useRef, useState } from 'react';
import { MessageTable } from '@/components/messages/message-table';
import { UnavailableNotice } from '@/components/messages/unavailable-notice';
import { EmptyState, ErrorState } from '@/components/ui/data-state';
import { Panel } from '@/components/ui/panel';
import { endpointPath } from '@/lib/api/endpoint';
import { tailMessagesEndpoint } from '@/lib/api/endpoints/messages';
import { readEventStream } from '@/lib/api/event-stream';
import type { Message } from '@/lib/api/schemas/messages';
import { useTranslations } from 'use-intl';

/** Rows kept in the browser; older ones drop off so a busy topic cannot fill its memory. */
const MAX_ROWS = 500;

export function TailSection({ cluster, topic, base }: { cluster: string; topic: string; base: string }) {
  const t = useTranslations('messages');
  const [messages, setMessages] = useState<Message[]>([]);
  const [live, setLive] = useState(true);
  const [ready, setReady] = useState(false);
  const [unavailable, setUnavailable] = useState<number[] | undefined>();
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!live) return;
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setReady(false);
    readEventStream(
      endpointPath(tailMessagesEndpoint, { cluster, topic }),
      tailMessagesEndpoint.response,
      (e) => {
        if (e.event === 'ready') {
          setReady(true);
          setUnavailable(e.data.unavailablePartitions);
        }
        else if (e.event === 'message') setMessages((list) => [e.data, ...list].slice(0, MAX_ROWS));
        else setError(new Error(e.data.message));
      },
      controller.signal,
    ).catch(setError);
    return () => controller.abort();
  }, [cluster, topic, live]);

  const status = !live ? <span className="badge muted">{t('paused')}</span> : ready ? <span className="badge ok">{t('live')}</span> : <span className="badge warn">{t('connecting')}</span>;
  return (
    <Panel
      title={t('tailTitle')}
      hint={<>{status} {t('tailHint', { max: MAX_ROWS })}</>}
      actions={
        <div className="row">
          <button type="button" className="button" onClick={() => setLive(!live)}>
            {live ? t('pause') : t('resume')}
          </button>
          <button type="button" className="button" onClick={() => setMessages([])} disabled={messages.length === 0}>
            {t('clear')}
          </button>
        </div>
      }
    >
      <UnavailableNotice partitions={unavailable} />
      {error !== null ? (
        <ErrorState error={error} onRetry={() => (setLive(false), setTimeout(() => setLive(true), 0))} />
      ) : messages.length === 0 ? (
        <EmptyState title={live ? t('waiting') : t('paused')}>{live ? t('waitingText') : t('pausedText')}</EmptyState>
      ) : (
        <MessageTable messages={messages} permalinkFor={(m) => `${base}/${m.partition}/${m.offset}`} />
      )}
    </Panel>
  );
}
