'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { CreateAclDialog, DeleteAclsDialog } from '@/components/cluster/acl-dialogs';
import { AclTable } from '@/components/cluster/acl-table';
import styles from '@/components/topics/topics.module.css';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { createAclRequest, deleteAclsRequest } from '@/lib/api/cluster-actions';
import { type Acl, ACL_OPERATIONS, ACL_RESOURCE_TYPES, type AclFilter } from '@/lib/api/schemas/acls';
import { aclsQuery, keys, overviewQuery } from '@/lib/api/queries';

type FilterForm = { principal: string; resourceType: AclFilter['resourceType']; resourceName: string; patternType: AclFilter['patternType']; operation: AclFilter['operation'] };
const EMPTY: FilterForm = { principal: '', resourceType: 'any', resourceName: '', patternType: 'any', operation: 'any' };

/** The form as the API's filter: empty text fields are left out (they match everything). */
function toFilter(f: FilterForm): AclFilter {
  return {
    principal: f.principal || undefined,
    resourceName: f.resourceName || undefined,
    resourceType: f.resourceType,
    patternType: f.patternType,
    operation: f.operation,
    permission: 'any',
  };
}

const exactly = (a: Acl): AclFilter => ({ ...a });

export function AclsView({ cluster }: { cluster: string }) {
  const t = useTranslations('acls');
  const readOnlyTitle = useTranslations('common')('readOnlyCluster');
  const queryClient = useQueryClient();
  const [form, setForm] = useState<FilterForm>(EMPTY);
  const filter = toFilter(form);
  const acls = useQuery(aclsQuery(cluster, filter));
  const readOnly = useQuery(overviewQuery(cluster)).data?.readOnly ?? false;
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<{ filter: AclFilter; matches: Acl[] } | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: keys.acls(cluster) });
  const filtered = JSON.stringify(form) !== JSON.stringify(EMPTY);
  const set = <K extends keyof FilterForm>(k: K) => (v: FilterForm[K]) => setForm({ ...form, [k]: v });

  return (
    <div className="stack">
      <PageHead
        title={t('title')}
        sub={t('sub')}
        actions={
          <button type="button" className="button primary" onClick={() => setCreating(true)} disabled={readOnly} title={readOnly ? readOnlyTitle : undefined}>
            {t('create')}
          </button>
        }
      />
      <Panel
        title={t('panel')}
        hint={acls.data ? t('matching', { count: acls.data.length }) : undefined}
        actions={
          <button
            type="button"
            className="button danger"
            disabled={readOnly || !filtered || !acls.data?.length}
            title={filtered ? t('deleteMatchingTitle') : t('filterFirst')}
            onClick={() => acls.data && setDeleting({ filter, matches: acls.data })}
          >
            {t('deleteMatching')}
          </button>
        }
      >
        <div className={styles.toolbar} style={{ marginBottom: 12, alignItems: 'flex-end' }}>
          <label className={styles.field}>
            {t('principal')}
            <input type="search" value={form.principal} onChange={(e) => set('principal')(e.target.value)} placeholder="User:alice" />
          </label>
          <label className={styles.field}>
            {t('resourceType')}
            <select value={form.resourceType} onChange={(e) => set('resourceType')(e.target.value as FilterForm['resourceType'])}>
              {(['any', ...ACL_RESOURCE_TYPES] as const).map((o) => (
                <option key={o} value={o}>
                  {o === 'any' ? t('any') : o}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            {t('resourceName')}
            <input type="search" value={form.resourceName} onChange={(e) => set('resourceName')(e.target.value)} />
          </label>
          <label className={styles.field}>
            {t('patternType')}
            <select value={form.patternType} onChange={(e) => set('patternType')(e.target.value as FilterForm['patternType'])}>
              {(['any', 'match', 'literal', 'prefixed'] as const).map((o) => (
                <option key={o} value={o}>
                  {o === 'any' ? t('any') : o}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            {t('operation')}
            <select value={form.operation} onChange={(e) => set('operation')(e.target.value as FilterForm['operation'])}>
              {(['any', ...ACL_OPERATIONS] as const).map((o) => (
                <option key={o} value={o}>
                  {o === 'any' ? t('any') : o}
                </option>
              ))}
            </select>
          </label>
        </div>
        <DataView
          query={acls}
          label={t('label')}
          height={240}
          isEmpty={(a) => a.length === 0}
          empty={
            <EmptyState title={filtered ? t('emptyFilteredTitle') : t('emptyTitle')} height={240}>
              {filtered ? t('emptyFilteredText') : t('emptyText')}
            </EmptyState>
          }
        >
          {(a) => <AclTable acls={a} readOnly={readOnly} onDelete={(acl) => setDeleting({ filter: exactly(acl), matches: [acl] })} />}
        </DataView>
      </Panel>
      {creating && (
        <CreateAclDialog
          create={(acl) => createAclRequest(cluster, acl)}
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            refresh();
          }}
        />
      )}
      {deleting && (
        <DeleteAclsDialog
          filter={deleting.filter}
          matches={deleting.matches}
          remove={(f) => deleteAclsRequest(cluster, f)}
          onClose={() => setDeleting(null)}
          onDone={() => {
            setDeleting(null);
            refresh();
          }}
        />
      )}
    </div>
  );
}
