'use client';
// The console's one modal, on the native <dialog>: the browser keeps focus inside and puts it in the top layer,
// Escape closes it, and its title names it for role locators.
import { type ReactNode, useEffect, useId, useRef } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons under the body; a dialog whose body is a form puts them inside the form instead. */
  footer?: ReactNode;
  /** For dialogs kept mounted; one mounted only while shown leaves it out. */
  open?: boolean;
}

export function Dialog({ title, onClose, children, footer, open = true }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          <div className="dialog-body">{children}</div>
          {footer && <div className="dialog-foot">{footer}</div>}
        </>
      )}
    </dialog>
  );
}
