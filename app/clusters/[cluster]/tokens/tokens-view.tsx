'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CreateTokenDialog } from '@/components/access/create-token-dialog';
import { TokenTable } from '@/components/access/token-table';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { createToken, keys, revokeToken, tokensQuery } from '@/lib/api/queries';

const formatTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
const ROLES = ['viewer', 'operator', 'admin'];

export function TokensView() {
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
        title="API tokens"
        sub="Bearer tokens for scripts and CI, each with a role on some clusters. Fluxo stores only their hash."
        actions={<button type="button" className="button primary" onClick={() => setCreating(true)}>Make token</button>}
      />
      {revoke.error && <p className="callout danger" role="alert">{revoke.error.message}</p>}
      <Panel title="Tokens">
        <DataView
          query={tokens}
          label="API tokens"
          isEmpty={(d) => d.items.length === 0}
          empty={<EmptyState title="No API tokens yet">Make one for a script: it acts with the role you give it.</EmptyState>}
        >
          {(d) => (
            <TokenTable
              tokens={d.items}
              formatTime={formatTime}
              onRevoke={(t) => {
                if (window.confirm(`Revoke "${t.name}"? Scripts using it stop working at once.`)) revoke.mutate(t.id);
              }}
            />
          )}
        </DataView>
      </Panel>
      {creating && (
        <CreateTokenDialog
          roles={ROLES}
          madeToken={create.data?.token ?? null}
          error={create.error?.message ?? null}
          pending={create.isPending}
          onCreate={(input) => create.mutate(input)}
          onClose={close}
        />
      )}
    </div>
  );
}
