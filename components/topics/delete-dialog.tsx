'use client';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { deleteTopicRequest } from '@/lib/api/topic-actions';
import { Dialog } from '@/components/ui/dialog';
import { DialogActions, FormError } from './dialog';
import styles from './topics.module.css';
import { useTranslations } from 'use-intl';

/** Deleting needs the topic's name typed out: a click alone is too easy to make on the wrong page. */
export function DeleteDialog({ cluster, topic, onClose, onDone }: { cluster: string; topic: string; onClose: () => void; onDone: () => void }) {
  const t = useTranslations('topicDialogs');
  const [typed, setTyped] = useState('');
  const remove = useMutation({ mutationFn: () => deleteTopicRequest(cluster, topic), onSuccess: onDone });
  const confirmed = typed === topic;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (confirmed) remove.mutate();
  };
  return (
    <Dialog open title={t('deleteTitle')} onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <div className="callout danger">{t('deleteWarning')}</div>
        <label className={styles.field}>
          {t('deleteConfirm')}
          <input type="text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
          <span className={`${styles.fieldHint} mono`} style={{ overflowWrap: 'anywhere' }}>{topic}</span>
        </label>
        <FormError error={remove.error} />
        <DialogActions onCancel={onClose} submitLabel={t('deleteTitle')} busy={remove.isPending} danger disabled={!confirmed} />
      </form>
    </Dialog>
  );
}
