'use client';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { addPartitionsRequest } from '@/lib/api/topic-actions';
import { Dialog } from '@/components/ui/dialog';
import { DialogActions, FormError, type TopicDialogProps } from './dialog';
import styles from './topics.module.css';
import { useTranslations } from 'use-intl';

export function GrowDialog({ cluster, topic, onClose, onDone }: TopicDialogProps) {
  const t = useTranslations('topicDialogs');
  const [count, setCount] = useState(topic.partitions + 1);
  const grow = useMutation({ mutationFn: () => addPartitionsRequest(cluster, topic.name, count), onSuccess: onDone });
  const tooFew = !(count > topic.partitions);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!tooFew) grow.mutate();
  };
  return (
    <Dialog open title={t('growTitle')} onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <div className="callout warn">
          {t('growWarning')}
        </div>
        <label className={styles.field}>
          {t('growCount')}
          <input type="number" min={topic.partitions + 1} value={count} onChange={(e) => setCount(e.target.valueAsNumber)} />
          <span className={styles.fieldHint}>{t('growNow', { count: topic.partitions })}</span>
        </label>
        <FormError error={grow.error} />
        <DialogActions onCancel={onClose} submitLabel={t('growTitle')} busy={grow.isPending} disabled={tooFew} />
      </form>
    </Dialog>
  );
}
