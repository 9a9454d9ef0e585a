'use client';
// A modal on the native <dialog>: focus stays inside, Escape closes, the title names it for screen readers.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import type { TopicDetail } from '@/lib/api/schemas/topics';
import styles from './topics.module.css';

export function Dialog({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onClose={onClose}>
      {open && (
        <>
          <div className={styles.dialogHead}>
            <h2 id={titleId}>{title}</h2>
          </div>
          <div className={styles.dialogBody}>{children}</div>
        </>
      )}
    </dialog>
  );
}

/** Cancel and the action button, at the foot of a dialog's form. */
export function DialogActions({ onCancel, submitLabel, busy, danger, disabled }: { onCancel: () => void; submitLabel: string; busy: boolean; danger?: boolean; disabled?: boolean }) {
  return (
    <div className={styles.dialogFoot}>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className={danger ? 'button danger' : 'button primary'} disabled={busy || disabled}>
        {busy ? 'Working…' : submitLabel}
      </button>
    </div>
  );
}

/** The error of the last attempt, where the user acted. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div className="callout danger" role="alert">
      {error instanceof Error ? error.message : 'The request failed'}
    </div>
  );
}

/** What every topic action dialog gets: where it acts, and what to do when closed or done. */
export interface TopicDialogProps {
  cluster: string;
  topic: TopicDetail;
  onClose: () => void;
  onDone: () => void;
}
