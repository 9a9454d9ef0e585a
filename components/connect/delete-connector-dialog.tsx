'use client';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';

/** Deleting stops the connector's tasks and removes its config for good: the user types its name to confirm. */
export function DeleteConnectorDialog({ name, error, busy, onClose, onConfirm }: { name: string; error?: string; busy: boolean; onClose: () => void; onConfirm: (typed: string) => void }) {
  const [typed, setTyped] = useState('');
  return (
    <Dialog
      title={`Delete connector ${name}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button danger" disabled={typed !== name || busy} onClick={() => onConfirm(typed)}>
            Delete connector
          </button>
        </>
      }
    >
      <p style={{ margin: 0 }}>
        Connect stops the connector&apos;s tasks and forgets its config. Its topics and their messages stay; a sink&apos;s consumer group keeps its offsets.
      </p>
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
