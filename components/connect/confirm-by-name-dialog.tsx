'use client';
import { type ReactNode, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Dialog } from '@/components/ui/dialog';
import { ErrorCallout } from '@/components/ui/error-text';

interface ConfirmByNameDialogProps {
  title: string;
  name: string;
  confirmLabel: string;
  children: ReactNode;
  error?: unknown;
  busy: boolean;
  onClose: () => void;
  onConfirm: (typed: string) => void;
}

/** A change that cannot be undone (delete, offsets reset): the user types the connector name to confirm. */
export function ConfirmByNameDialog({ title, name, confirmLabel, children, error, busy, onClose, onConfirm }: ConfirmByNameDialogProps) {
  const t = useTranslations('connector');
  const cancel = useTranslations('common')('cancel');
  const [typed, setTyped] = useState('');
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {cancel}
          </button>
          <button type="button" className="button danger" disabled={typed !== name || busy} onClick={() => onConfirm(typed)}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p style={{ margin: 0 }}>{children}</p>
      <label className="field">
        <span>{t('typeName')}</span>
        <input type="text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </label>
      <ErrorCallout error={error} />
    </Dialog>
  );
}
