'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProduceForm } from '@/components/messages/produce-form';
import { ErrorState } from '@/components/ui/data-state';
import { Panel } from '@/components/ui/panel';
import { apiSend } from '@/lib/api/client';
import { endpointPath } from '@/lib/api/endpoint';
import { produceMessageEndpoint } from '@/lib/api/endpoints/messages';
import { keys } from '@/lib/api/queries';
import type { ProduceBody } from '@/lib/api/schemas/messages';

export function ProduceSection({ cluster, topic }: { cluster: string; topic: string }) {
  const client = useQueryClient();
  const produce = useMutation({
    mutationFn: (body: ProduceBody) => apiSend('POST', endpointPath(produceMessageEndpoint, { cluster, topic }), body, produceMessageEndpoint.response),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.messages(cluster, topic) }),
  });
  return (
    <Panel title="Produce a message" hint="Idempotent producer; acknowledged by all in-sync replicas.">
      <div className="stack">
        <ProduceForm busy={produce.isPending} onSubmit={(body) => produce.mutate(body)} />
        {produce.isError && <ErrorState error={produce.error} height={80} badRequestTitle="The message was refused" />}
        {produce.isSuccess && (
          <div className="callout" role="status">
            Written to partition {produce.data.partition} at offset {produce.data.offset}.
          </div>
        )}
      </div>
    </Panel>
  );
}
