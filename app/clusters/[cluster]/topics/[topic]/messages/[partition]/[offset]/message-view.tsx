'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { MessageDetail } from '@/components/messages/message-detail';
import { DataView } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { messageQuery } from '@/lib/api/queries';

export function MessagePermalinkView({ cluster, topic, partition, offset }: { cluster: string; topic: string; partition: number; offset: number }) {
  const message = useQuery(messageQuery(cluster, topic, partition, offset));
  const back = `/clusters/${encodeURIComponent(cluster)}/topics/${encodeURIComponent(topic)}/messages`;
  return (
    <div className="stack">
      <PageHead title={`Message ${partition}@${offset}`} sub={<>Topic {topic} · <Link href={back}>All messages</Link></>} />
      <Panel title="Message">
        <DataView query={message} label="the message">
          {(m) => <MessageDetail message={m} />}
        </DataView>
      </Panel>
    </div>
  );
}
