'use client';
// Creating one ACL, and deleting what a filter matches after seeing exactly which ACLs that is.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
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
  const [acl, setAcl] = useState<Acl>({ principal: 'User:', host: '*', operation: 'read', permission: 'allow', resourceType: 'topic', resourceName: '', patternType: 'literal' });
  const run = useMutation({ mutationFn: () => create(acl), onSuccess: onDone });
  const set = <K extends keyof Acl>(k: K) => (v: Acl[K]) => setAcl({ ...acl, [k]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return (
    <Dialog title="Create ACL" onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <label className={styles.field}>
          Principal
          <input type="text" value={acl.principal} onChange={(e) => set('principal')(e.target.value)} placeholder="User:alice" />
        </label>
        <div className="row" style={{ gap: 12 }}>
          <Select label="Permission" value={acl.permission} options={ACL_PERMISSIONS} onChange={set('permission')} />
          <Select label="Operation" value={acl.operation} options={ACL_OPERATIONS} onChange={set('operation')} />
        </div>
        <div className="row" style={{ gap: 12 }}>
          <Select label="Resource type" value={acl.resourceType} options={ACL_RESOURCE_TYPES} onChange={set('resourceType')} />
          <Select label="Pattern type" value={acl.patternType} options={ACL_PATTERN_TYPES} onChange={set('patternType')} />
        </div>
        <label className={styles.field}>
          Resource name
          <input type="text" value={acl.resourceName} onChange={(e) => set('resourceName')(e.target.value)} placeholder={acl.resourceType === 'cluster' ? 'kafka-cluster' : '* for all'} />
        </label>
        <label className={styles.field}>
          Host
          <input type="text" value={acl.host} onChange={(e) => set('host')(e.target.value)} />
        </label>
        <FormError error={run.error} />
        <DialogActions onCancel={onClose} submitLabel="Create ACL" busy={run.isPending} disabled={!acl.resourceName || acl.principal.length < 6} />
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
  const run = useMutation({ mutationFn: () => remove(filter), onSuccess: onDone });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return (
    <Dialog title="Delete ACLs" onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <div className="callout danger">
          {matches.length === 1 ? 'This ACL is' : `These ${matches.length} ACLs are`} deleted; clients they allowed are refused from then on.
        </div>
        <AclTable acls={matches} />
        <FormError error={run.error} />
        <DialogActions onCancel={onClose} submitLabel={`Delete ${matches.length} ACL${matches.length === 1 ? '' : 's'}`} busy={run.isPending} danger disabled={matches.length === 0} />
      </form>
    </Dialog>
  );
}
