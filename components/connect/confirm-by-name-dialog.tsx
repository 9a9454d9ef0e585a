'use client';
import { type ReactNode, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';

interface ConfirmByNameDialogProps {
  title: string;
  name: string;
  confirmLabel: string;
  children: ReactNode;
  error?: string;
  busy: boolean;
  onClose: () => void;
  onConfirm: (typed: string) => void;
}

/** A change that cannot be undone (delete, offsets reset): the user types the connector name to confirm. */
export function ConfirmByNameDialog({ title, name, confirmLabel, children, error, busy, onClose, onConfirm }: ConfirmByNameDialogProps) {
  const [typed, setTyped] = useState('');
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button danger" disabled={typed !== name || busy} onClick={() => onConfirm(typed)}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p style={{ margin: 0 }}>{children}</p>
      <label className="field">
        <span>Type the connector name to confirm</span>
        <input type="text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </label>
      {error && (
        <div className="callout danger" role="alert">
          {error}
        </div>
      )}
    </Dialog>
  );
}
