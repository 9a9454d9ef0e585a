'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Dialog } from '@/components/ui/dialog';
import { ErrorCallout } from '@/components/ui/error-text';

/** The whole config as key=value lines; "********" keeps a hidden value as stored. The server validates before saving. */
export function EditConfigDialog({ name, initial, error, busy, onClose, onSave }: { name: string; initial: string; error?: unknown; busy: boolean; onClose: () => void; onSave: (text: string) => void }) {
  const t = useTranslations('connector');
  const cancel = useTranslations('common')('cancel');
  const [text, setText] = useState(initial);
  return (
    <Dialog
      title={t('editTitle', { name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {cancel}
          </button>
          <button type="button" className="button primary" disabled={busy} onClick={() => onSave(text)}>
            {t('validateSave')}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{t('editField')}</span>
        <textarea rows={14} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      </label>
      <ErrorCallout error={error} />
    </Dialog>
  );
}
