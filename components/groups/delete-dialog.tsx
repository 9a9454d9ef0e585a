'use client';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { ErrorCallout } from '@/components/ui/error-text';
import { deleteGroup } from '@/lib/api/group-mutations';
import { useTranslations } from 'use-intl';

/** Deleting removes the group's committed offsets for good: the user types the group id to confirm. */
export function DeleteGroupDialog({ cluster, group, onClose, onDeleted }: { cluster: string; group: string; onClose: () => void; onDeleted: () => void }) {
  const t = useTranslations('groupDialogs');
  const cancel = useTranslations('common')('cancel');
  const [typed, setTyped] = useState('');
  const remove = useMutation({ mutationFn: () => deleteGroup(cluster, group, typed), onSuccess: onDeleted });
  return (
    <Dialog
      title={t('deleteTitle', { group })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {cancel}
          </button>
          <button type="button" className="button danger" disabled={typed !== group || remove.isPending} onClick={() => remove.mutate()}>
            {t('delete')}
          </button>
        </>
      }
    >
      <p style={{ margin: 0 }}>
        {t('deleteText')}
      </p>
      <label className="field">
        <span>{t('deleteConfirm')}</span>
        <input type="text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </label>
      <ErrorCallout error={remove.error} />
    </Dialog>
  );
}
