'use client';
// Purge shows what it will delete before it does (Kafka has no dry run for DeleteRecords, so we count).
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { purgeTopicRequest } from '@/lib/api/topic-actions';
import { Dialog } from '@/components/ui/dialog';
import { DialogActions, FormError, type TopicDialogProps } from './dialog';
import styles from './topics.module.css';
import { useTranslations } from 'use-intl';

export function PurgeDialog({ cluster, topic, onClose, onDone }: TopicDialogProps) {
  const t = useTranslations('topicDialogs');
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
    <Dialog open title={t('purgeTitle')} onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <fieldset className="row" style={{ border: 0, padding: 0, margin: 0, gap: 16 }}>
          <legend className="sr-only">{t('purgeWhat')}</legend>
          <label className="row" style={{ gap: 6 }}>
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
            {t('purgeAll')}
          </label>
          <label className="row" style={{ gap: 6 }}>
            <input type="radio" name="scope" checked={scope === 'one'} onChange={() => setScope('one')} />
            {t('purgeOne')}
          </label>
        </fieldset>
        {scope === 'one' && (
          <div className={styles.fieldRow}>
            <label className={styles.field}>
              {t('partition')}
              <select value={partition} onChange={(e) => setPartition(Number(e.target.value))}>
                {topic.partitionDetails.map((p) => (
                  <option key={p.partition} value={p.partition}>
                    {p.partition}
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.field}>
              {t('purgeBefore')}
              <input type="number" min={0} value={beforeOffset} onChange={(e) => setBeforeOffset(e.target.valueAsNumber)} />
              <span className={styles.fieldHint}>
                {t('purgeNow', { low: selected?.low ?? '?', high: selected?.high ?? '?' })}
              </span>
            </label>
          </div>
        )}
        <div className="callout danger">
          {doomed === null ? t('purgeSome') : t('purgeDoomed', { count: doomed })}
        </div>
        <FormError error={purge.error} />
        <DialogActions onCancel={onClose} submitLabel={t('purgeTitle')} busy={purge.isPending} danger />
      </form>
    </Dialog>
  );
}
