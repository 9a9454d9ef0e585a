'use client';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { deleteGroup } from '@/lib/api/group-mutations';

/** Deleting removes the group's committed offsets for good: the user types the group id to confirm. */
export function DeleteGroupDialog({ cluster, group, onClose, onDeleted }: { cluster: string; group: string; onClose: () => void; onDeleted: () => void }) {
  const [typed, setTyped] = useState('');
  const remove = useMutation({ mutationFn: () => deleteGroup(cluster, group, typed), onSuccess: onDeleted });
  return (
    <Dialog
      title={`Delete group ${group}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button danger" disabled={typed !== group || remove.isPending} onClick={() => remove.mutate()}>
            Delete group
          </button>
        </>
      }
    >
      <p style={{ margin: 0 }}>
        The group&apos;s committed offsets are deleted. A consumer that joins it again starts from its <code>auto.offset.reset</code> position.
        Kafka refuses while the group has members.
      </p>
      <label className="field">
        <span>Type the group id to confirm</span>
        <input type="text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </label>
      {remove.error && (
        <div className="callout danger" role="alert">
          {remove.error.message}
        </div>
      )}
    </Dialog>
  );
}
