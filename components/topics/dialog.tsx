'use client';
// The parts every topic action dialog shares inside the console's Dialog (components/ui/dialog.tsx).
import { useTranslations } from 'use-intl';
import { ErrorCallout } from '@/components/ui/error-text';
import type { TopicDetail } from '@/lib/api/schemas/topics';

/** Cancel and the action button, at the foot of a dialog's form. */
export function DialogActions({ onCancel, submitLabel, busy, danger, disabled }: { onCancel: () => void; submitLabel: string; busy: boolean; danger?: boolean; disabled?: boolean }) {
  const t = useTranslations('common');
  return (
    <div className="dialog-foot">
      <button type="button" className="button" onClick={onCancel}>
        {t('cancel')}
      </button>
      <button type="submit" className={danger ? 'button danger' : 'button primary'} disabled={busy || disabled}>
        {busy ? t('working') : submitLabel}
      </button>
    </div>
  );
}

/** The error of the last attempt, where the user acted. */
export function FormError({ error }: { error: unknown }) {
  return <ErrorCallout error={error} />;
}

/** What every topic action dialog gets: where it acts, and what to do when closed or done. */
export interface TopicDialogProps {
  cluster: string;
  topic: TopicDetail;
  onClose: () => void;
  onDone: () => void;
}
