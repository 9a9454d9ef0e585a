'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { CreateTokenDialog } from '@/components/access/create-token-dialog';
import { TokenTable } from '@/components/access/token-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { ErrorCallout } from '@/components/ui/error-text';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { createToken, keys, revokeToken, tokensQuery } from '@/lib/api/queries';
import { useFormat } from '@/lib/format/use-format';

const ROLES = ['viewer', 'operator', 'admin'];

export function TokensView() {
  const t = useTranslations('tokens');
  const f = useFormat();
  const tokens = useQuery(tokensQuery());
  const client = useQueryClient();
  const [creating, setCreating] = useState(false);
  const create = useMutation({
    mutationFn: createToken,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.tokens() }),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => revokeToken(id),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.tokens() }),
  });
  const close = () => {
    setCreating(false);
    create.reset();
  };
  return (
    <div className="stack">
      <PageHead
        title={t('title')}
        sub={t('sub')}
        actions={<button type="button" className="button primary" onClick={() => setCreating(true)}>{t('make')}</button>}
      />
      <ErrorCallout error={revoke.error} />
      <Panel title={t('tokens')}>
        <DataView
          query={tokens}
          label={t('label')}
          isEmpty={(d) => d.items.length === 0}
          empty={<EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>}
        >
          {(d) => (
            <TokenTable
              tokens={d.items}
              formatTime={(ms) => f.instant(ms)}
              onRevoke={(token) => {
                if (window.confirm(t('confirmRevoke', { name: token.name }))) revoke.mutate(token.id);
              }}
            />
          )}
        </DataView>
      </Panel>
      {creating && (
        <CreateTokenDialog
          roles={ROLES}
          madeToken={create.data?.token ?? null}
          error={create.error}
          pending={create.isPending}
          onCreate={(input) => create.mutate(input)}
          onClose={close}
        />
      )}
    </div>
  );
}
