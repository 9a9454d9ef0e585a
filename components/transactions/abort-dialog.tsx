'use client';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { abortTransaction } from '@/lib/api/transaction-mutations';
import type { OpenTransactionRow } from './open-transaction-table';

/** An ABORT marker cannot be undone: the user types topic:partition:offset, which the server checks again. */
export function AbortTransactionDialog({ cluster, row, onClose, onAborted }: { cluster: string; row: OpenTransactionRow; onClose: () => void; onAborted: (message: string) => void }) {
  const expected = `${row.topic}:${row.partition}:${row.startOffset}`;
  const [typed, setTyped] = useState('');
  const abort = useMutation({
    mutationFn: () => abortTransaction(cluster, { topic: row.topic, partition: row.partition, startOffset: row.startOffset, confirm: typed }),
    onSuccess: (r) => onAborted(`Aborted producer ${r.producerId}'s transaction at offset ${r.startOffset} of ${r.topic}-${r.partition}.`),
  });
  return (
    <Dialog
      title={`Abort the transaction at ${row.topic}-${row.partition}, offset ${row.startOffset}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button danger" disabled={typed !== expected || abort.isPending} onClick={() => abort.mutate()}>
            Abort transaction
          </button>
        </>
      }
    >
      <p style={{ margin: 0 }}>
        Writes an ABORT marker for producer {row.producerId} (epoch {row.producerEpoch}) on this partition, as <code>kafka-transactions abort</code> does. Its records
        from offset {row.startOffset} on are discarded for <code>read_committed</code> consumers, which then move on.
      </p>
      <label className="field">
        <span>
          Type <code>{expected}</code> to confirm
        </span>
        <input type="text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </label>
      {abort.error && (
        <div className="callout danger" role="alert">
          {abort.error.message}
        </div>
      )}
    </Dialog>
  );
}
