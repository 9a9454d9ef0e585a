'use client';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Dialog } from '@/components/ui/dialog';
import { ErrorCallout } from '@/components/ui/error-text';
import { abortTransaction } from '@/lib/api/transaction-mutations';
import type { OpenTransactionRow } from './open-transaction-table';

/** An ABORT marker cannot be undone: the user types topic:partition:offset, which the server checks again. */
export function AbortTransactionDialog({ cluster, row, onClose, onAborted }: { cluster: string; row: OpenTransactionRow; onClose: () => void; onAborted: (message: string) => void }) {
  const t = useTranslations('transactions');
  const cancel = useTranslations('common')('cancel');
  const expected = `${row.topic}:${row.partition}:${row.startOffset}`;
  const [typed, setTyped] = useState('');
  const abort = useMutation({
    mutationFn: () => abortTransaction(cluster, { topic: row.topic, partition: row.partition, startOffset: row.startOffset, confirm: typed }),
    onSuccess: (r) => onAborted(t('aborted', { producerId: r.producerId, offset: r.startOffset, topic: r.topic, partition: r.partition })),
  });
  return (
    <Dialog
      title={t('abortTitle', { topic: row.topic, partition: row.partition, offset: row.startOffset })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {cancel}
          </button>
          <button type="button" className="button danger" disabled={typed !== expected || abort.isPending} onClick={() => abort.mutate()}>
            {t('abort')}
          </button>
        </>
      }
    >
      <p style={{ margin: 0 }}>
        {t.rich('abortText', { producerId: row.producerId, epoch: row.producerEpoch, offset: row.startOffset, code: (chunks) => <code>{chunks}</code> })}
      </p>
      <label className="field">
        <span>{t.rich('confirm', { expected, code: (chunks) => <code>{chunks}</code> })}</span>
        <input type="text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </label>
      <ErrorCallout error={abort.error} />
    </Dialog>
  );
}
