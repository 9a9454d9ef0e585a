'use client';
// The two confirmations of a reassignment: starting it (what is copied, under which throttle) and cancelling it.
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/topics/dialog';
import { Dialog } from '@/components/ui/dialog';
import type { ReassignmentProposal } from '@/lib/api/schemas/reassignments';
import { useFormat } from '@/lib/format/use-format';

interface Confirmable {
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

export function ReassignmentConfirmDialog({
  moves,
  throttledBrokers,
  throttleBytesPerSecond,
  pending,
  error,
  onConfirm,
  onClose,
}: Confirmable & { moves: ReassignmentProposal['moves']; throttledBrokers: number[]; throttleBytesPerSecond: number | null }) {
  const t = useTranslations('reassignments');
  const f = useFormat();
  const throttle =
    throttleBytesPerSecond === null || throttledBrokers.length === 0
      ? t('confirmNoThrottle')
      : t('confirmThrottle', { rate: f.bytes(throttleBytesPerSecond), brokers: throttledBrokers.join(', ') });
  return (
    <Dialog title={t('confirmTitle')} onClose={onClose}>
      <p>{t('confirmText', { count: moves.length, throttle })}</p>
      <FormError error={error} />
      <div className="dialog-foot">
        <button type="button" className="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="button" className="button primary" disabled={pending} onClick={onConfirm}>
          {pending ? t('starting') : t('confirm')}
        </button>
      </div>
    </Dialog>
  );
}

export function ReassignmentCancelDialog({ count, pending, error, onConfirm, onClose }: Confirmable & { count: number }) {
  const t = useTranslations('reassignments');
  return (
    <Dialog title={t('cancelTitle')} onClose={onClose}>
      <p>{t('cancelText', { count })}</p>
      <FormError error={error} />
      <div className="dialog-foot">
        <button type="button" className="button" onClick={onClose}>
          {t('keepGoing')}
        </button>
        <button type="button" className="button danger" disabled={pending} onClick={onConfirm}>
          {pending ? t('cancelling') : t('cancelConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
