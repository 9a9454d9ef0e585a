'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QuotaDialog } from '@/components/cluster/quota-dialog';
import { QuotaTable } from '@/components/cluster/quota-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { alterQuotaRequest } from '@/lib/api/cluster-actions';
import { keys, overviewQuery, quotasQuery } from '@/lib/api/queries';
import type { ClientQuota } from '@/lib/api/schemas/quotas';

export function QuotasView({ cluster }: { cluster: string }) {
  const queryClient = useQueryClient();
  const quotas = useQuery(quotasQuery(cluster));
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const [editing, setEditing] = useState<{ existing?: ClientQuota } | null>(null);
  return (
    <div className="stack">
      <PageHead
        title="Quotas"
        sub="How fast each user or client id may produce and fetch, and how much broker time its requests may take."
        actions={
          <button type="button" className="button primary" onClick={() => setEditing({})} disabled={readOnly} title={readOnly ? 'This cluster is read-only' : undefined}>
            New quota
          </button>
        }
      />
      <Panel title="Client quotas" hint="A more specific quota wins: user + client id, then user, then client id, then the defaults">
        <DataView
          query={quotas}
          label="quotas"
          height={240}
          isEmpty={(q) => q.length === 0}
          empty={
            <EmptyState title="No quotas" height={240}>
              Clients are not throttled. Quotas you set here or with kafka-configs appear here.
            </EmptyState>
          }
        >
          {(q) => <QuotaTable quotas={q} readOnly={readOnly} onEdit={(existing) => setEditing({ existing })} />}
        </DataView>
      </Panel>
      {editing && (
        <QuotaDialog
          existing={editing.existing}
          save={(input) => alterQuotaRequest(cluster, input)}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            void queryClient.invalidateQueries({ queryKey: keys.quotas(cluster) });
          }}
        />
      )}
    </div>
  );
}
