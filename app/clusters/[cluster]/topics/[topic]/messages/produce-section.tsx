'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { ProduceForm } from '@/components/messages/produce-form';
import { ErrorState } from '@/components/ui/data-state';
import { Panel } from '@/components/ui/panel';
import { apiSend } from '@/lib/api/client';
import { endpointPath } from '@/lib/api/endpoint';
import { produceMessageEndpoint } from '@/lib/api/endpoints/messages';
import { keys } from '@/lib/api/queries';
import type { ProduceBody } from '@/lib/api/schemas/messages';

export function ProduceSection({ cluster, topic, base }: { cluster: string; topic: string; base: string }) {
  const t = useTranslations('messages');
  const client = useQueryClient();
  const produce = useMutation({
    mutationFn: (body: ProduceBody) => apiSend('POST', endpointPath(produceMessageEndpoint, { cluster, topic }), body, produceMessageEndpoint.response),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.messages(cluster, topic) }),
  });
  return (
    <Panel title={t('produceTitle')} hint={t('produceHint')}>
      <div className="stack">
        <ProduceForm busy={produce.isPending} onSubmit={(body) => produce.mutate(body)} />
        {produce.isError && <ErrorState error={produce.error} height={80} badRequestTitle={t('produceRefused')} />}
        {produce.isSuccess && (
          <div className="callout" role="status">
            <Link href={`${base}/${produce.data.partition}/${produce.data.offset}`}>
              {t('written', { partition: produce.data.partition, offset: produce.data.offset })}
            </Link>
          </div>
        )}
      </div>
    </Panel>
  );
}
