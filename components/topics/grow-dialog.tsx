'use client';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { addPartitionsRequest } from '@/lib/api/topic-actions';
import { Dialog } from '@/components/ui/dialog';
import { DialogActions, FormError, type TopicDialogProps } from './dialog';
import styles from './topics.module.css';

export function GrowDialog({ cluster, topic, onClose, onDone }: TopicDialogProps) {
  const [count, setCount] = useState(topic.partitions + 1);
  const grow = useMutation({ mutationFn: () => addPartitionsRequest(cluster, topic.name, count), onSuccess: onDone });
  const tooFew = !(count > topic.partitions);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!tooFew) grow.mutate();
  };
  return (
    <Dialog open title="Add partitions" onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <div className="callout warn">
          Records with a key go to partition hash(key) mod count. After growing, the same key lands on a different partition, so
          per-key ordering breaks between old and new records. Partitions can never be removed again.
        </div>
        <label className={styles.field}>
          New total number of partitions
          <input type="number" min={topic.partitions + 1} value={count} onChange={(e) => setCount(e.target.valueAsNumber)} />
          <span className={styles.fieldHint}>The topic has {topic.partitions} now.</span>
        </label>
        <FormError error={grow.error} />
        <DialogActions onCancel={onClose} submitLabel="Add partitions" busy={grow.isPending} disabled={tooFew} />
      </form>
    </Dialog>
  );
}
