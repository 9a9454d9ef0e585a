'use client';
// Purge shows what it will delete before it does (Kafka has no dry run for DeleteRecords, so we count).
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { purgeTopicRequest } from '@/lib/api/topic-actions';
import { Dialog } from '@/components/ui/dialog';
import { DialogActions, FormError, type TopicDialogProps } from './dialog';
import styles from './topics.module.css';

export function PurgeDialog({ cluster, topic, onClose, onDone }: TopicDialogProps) {
  const [scope, setScope] = useState<'all' | 'one'>('all');
  const first = topic.partitionDetails[0];
  const [partition, setPartition] = useState(first?.partition ?? 0);
  const selected = topic.partitionDetails.find((p) => p.partition === partition);
  const [beforeOffset, setBeforeOffset] = useState(selected?.high ?? 0);
  const purge = useMutation({
    mutationFn: () => purgeTopicRequest(cluster, topic.name, scope === 'all' ? { all: true } : { partitions: [{ partition, beforeOffset }] }),
    onSuccess: onDone,
  });
  const doomed = scope === 'all' ? topic.messages : selected?.low != null ? Math.max(0, beforeOffset - selected.low) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    purge.mutate();
  };
  return (
    <Dialog open title="Purge records" onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <fieldset className="row" style={{ border: 0, padding: 0, margin: 0, gap: 16 }}>
          <legend className="sr-only">What to purge</legend>
          <label className="row" style={{ gap: 6 }}>
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
            All partitions
          </label>
          <label className="row" style={{ gap: 6 }}>
            <input type="radio" name="scope" checked={scope === 'one'} onChange={() => setScope('one')} />
            One partition, up to an offset
          </label>
        </fieldset>
        {scope === 'one' && (
          <div className={styles.fieldRow}>
            <label className={styles.field}>
              Partition
              <select value={partition} onChange={(e) => setPartition(Number(e.target.value))}>
                {topic.partitionDetails.map((p) => (
                  <option key={p.partition} value={p.partition}>
                    {p.partition}
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.field}>
              Delete records before offset
              <input type="number" min={0} value={beforeOffset} onChange={(e) => setBeforeOffset(e.target.valueAsNumber)} />
              <span className={styles.fieldHint}>
                Now {selected?.low ?? '?'} to {selected?.high ?? '?'}
              </span>
            </label>
          </div>
        )}
        <div className="callout danger">
          {doomed === null ? 'Some records' : `${doomed.toLocaleString('en-US')} record(s)`} will be deleted for good; consumers
          that have not read them yet will skip them.
        </div>
        <FormError error={purge.error} />
        <DialogActions onCancel={onClose} submitLabel="Purge records" busy={purge.isPending} danger />
      </form>
    </Dialog>
  );
}
