'use client';
// Creating one ACL, and deleting what a filter matches after seeing exactly which ACLs that is.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { DialogActions, FormError } from '@/components/topics/dialog';
import styles from '@/components/topics/topics.module.css';
import { Dialog } from '@/components/ui/dialog';
import { type Acl, ACL_OPERATIONS, ACL_PATTERN_TYPES, ACL_PERMISSIONS, ACL_RESOURCE_TYPES, type AclFilter } from '@/lib/api/schemas/acls';
import { AclTable } from './acl-table';

function Select<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: readonly T[]; onChange: (v: T) => void }) {
  return (
    <label className={styles.field}>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CreateAclDialog({ create, onClose, onDone }: { create: (acl: Acl) => Promise<unknown>; onClose: () => void; onDone: () => void }) {
  const t = useTranslations('acls');
  const [acl, setAcl] = useState<Acl>({ principal: 'User:', host: '*', operation: 'read', permission: 'allow', resourceType: 'topic', resourceName: '', patternType: 'literal' });
  const run = useMutation({ mutationFn: () => create(acl), onSuccess: onDone });
  const set = <K extends keyof Acl>(k: K) => (v: Acl[K]) => setAcl({ ...acl, [k]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return (
    <Dialog title={t('create')} onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <label className={styles.field}>
          {t('principal')}
          <input type="text" value={acl.principal} onChange={(e) => set('principal')(e.target.value)} placeholder="User:alice" />
        </label>
        <div className="row" style={{ gap: 12 }}>
          <Select label={t('permission')} value={acl.permission} options={ACL_PERMISSIONS} onChange={set('permission')} />
          <Select label={t('operation')} value={acl.operation} options={ACL_OPERATIONS} onChange={set('operation')} />
        </div>
        <div className="row" style={{ gap: 12 }}>
          <Select label={t('resourceType')} value={acl.resourceType} options={ACL_RESOURCE_TYPES} onChange={set('resourceType')} />
          <Select label={t('patternType')} value={acl.patternType} options={ACL_PATTERN_TYPES} onChange={set('patternType')} />
        </div>
        <label className={styles.field}>
          {t('resourceName')}
          <input type="text" value={acl.resourceName} onChange={(e) => set('resourceName')(e.target.value)} placeholder={acl.resourceType === 'cluster' ? 'kafka-cluster' : t('allResources')} />
        </label>
        <label className={styles.field}>
          {t('host')}
          <input type="text" value={acl.host} onChange={(e) => set('host')(e.target.value)} />
        </label>
        <FormError error={run.error} />
        <DialogActions onCancel={onClose} submitLabel={t('create')} busy={run.isPending} disabled={!acl.resourceName || acl.principal.length < 6} />
      </form>
    </Dialog>
  );
}

interface DeleteProps {
  filter: AclFilter;
  /** What the filter matches now (the list the page shows for it). */
  matches: Acl[];
  remove: (filter: AclFilter) => Promise<{ deleted: Acl[] }>;
  onClose: () => void;
  onDone: () => void;
}

export function DeleteAclsDialog({ filter, matches, remove, onClose, onDone }: DeleteProps) {
  const t = useTranslations('acls');
  const run = useMutation({ mutationFn: () => remove(filter), onSuccess: onDone });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return (
    <Dialog title={t('deleteTitle')} onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <div className="callout danger">
          {t('deleteWarning', { count: matches.length })}
        </div>
        <AclTable acls={matches} />
        <FormError error={run.error} />
        <DialogActions onCancel={onClose} submitLabel={t('deleteSubmit', { count: matches.length })} busy={run.isPending} danger disabled={matches.length === 0} />
      </form>
    </Dialog>
  );
}
