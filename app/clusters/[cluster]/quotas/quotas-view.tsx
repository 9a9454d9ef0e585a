'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { QuotaDialog } from '@/components/cluster/quota-dialog';
import { QuotaTable } from '@/components/cluster/quota-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { alterQuotaRequest } from '@/lib/api/cluster-actions';
import { keys, overviewQuery, quotasQuery } from '@/lib/api/queries';
import type { ClientQuota } from '@/lib/api/schemas/quotas';

export function QuotasView({ cluster }: { cluster: string }) {
  const t = useTranslations('quotas');
  const readOnlyTitle = useTranslations('common')('readOnlyCluster');
  const queryClient = useQueryClient();
  const quotas = useQuery(quotasQuery(cluster));
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const [editing, setEditing] = useState<{ existing?: ClientQuota } | null>(null);
  return (
    <div className="stack">
      <PageHead
        title={t('title')}
        sub={t('sub')}
        actions={
          <button type="button" className="button primary" onClick={() => setEditing({})} disabled={readOnly} title={readOnly ? readOnlyTitle : undefined}>
            {t('new')}
          </button>
        }
      />
      <Panel title={t('panel')} hint={t('panelHint')}>
        <DataView
          query={quotas}
          label={t('label')}
          height={240}
          isEmpty={(q) => q.length === 0}
          empty={
            <EmptyState title={t('emptyTitle')} height={240}>
              {t('emptyText')}
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
