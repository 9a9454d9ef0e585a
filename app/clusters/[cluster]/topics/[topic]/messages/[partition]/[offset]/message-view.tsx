'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { MessageDetail } from '@/components/messages/message-detail';
import { DataView } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { messageQuery } from '@/lib/api/queries';
import { useTranslations } from 'use-intl';

export function MessagePermalinkView({ cluster, topic, partition, offset }: { cluster: string; topic: string; partition: number; offset: number }) {
  const t = useTranslations('messages');
  const message = useQuery(messageQuery(cluster, topic, partition, offset));
  const topicPath = `/clusters/${encodeURIComponent(cluster)}/topics/${encodeURIComponent(topic)}`;
  const back = `/clusters/${encodeURIComponent(cluster)}/topics/${encodeURIComponent(topic)}/messages`;
  return (
    <div className="stack">
      <PageHead
        title={t('permalinkTitle', { offset })}
        sub={
          <>
            {t.rich('permalinkSub', { topic, partition, topicLink: (chunks) => <Link href={topicPath}>{chunks}</Link> })} · <Link href={back}>{t('allMessages')}</Link>
          </>
        }
      />
      <Panel title={t('message')}>
        <DataView query={message} label={t('theMessage')}>
          {(m) => <MessageDetail message={m} />}
        </DataView>
      </Panel>
    </div>
  );
}
