'use client';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';

/** The whole config as key=value lines; "********" keeps a hidden value as stored. The server validates before saving. */
export function EditConfigDialog({ name, initial, error, busy, onClose, onSave }: { name: string; initial: string; error?: string; busy: boolean; onClose: () => void; onSave: (text: string) => void }) {
  const [text, setText] = useState(initial);
  return (
    <Dialog
      title={`Edit config of ${name}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={busy} onClick={() => onSave(text)}>
            Validate and save
          </button>
        </>
      }
    >
      <label className="field">
        <span>Config (key=value per line; leave ******** to keep a hidden value)</span>
        <textarea rows={14} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      </label>
      {error && (
        <div className="callout danger" role="alert">
          {error}
        </div>
      )}
    </Dialog>
  );
}
