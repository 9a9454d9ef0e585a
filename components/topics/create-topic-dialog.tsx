'use client';
// The create form: Kafka's naming rules checked as you type, Kafka's own verdict (validateOnly) on submit.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { TopicDetail } from '@/lib/api/schemas/topics';
import { createTopicRequest } from '@/lib/api/topic-actions';
import { parseConfigLines } from '@/lib/topics/config-text';
import { mixesPeriodAndUnderscore, topicNameProblem } from '@/lib/topics/names';
import { Dialog } from '@/components/ui/dialog';
import { DialogActions, FormError } from './dialog';
import styles from './topics.module.css';
import { useTranslations } from 'use-intl';

interface Props {
  cluster: string;
  brokerCount: number | undefined;
  open: boolean;
  onClose: () => void;
  onCreated: (topic: TopicDetail) => void;
}

export function CreateTopicDialog({ cluster, brokerCount, open, onClose, onCreated }: Props) {
  const t = useTranslations('topicDialogs');
  const [name, setName] = useState('');
  const [partitions, setPartitions] = useState(3);
  const [replicationFactor, setReplicationFactor] = useState(Math.min(3, brokerCount ?? 1));
  const [configText, setConfigText] = useState('');
  const create = useMutation({
    mutationFn: (body: Parameters<typeof createTopicRequest>[1]) => createTopicRequest(cluster, body),
    onSuccess: onCreated,
  });
  const nameProblem = name ? topicNameProblem(name) : null;
  const parsedConfigs = parseConfigLines(configText);
  const rfProblem = !(replicationFactor >= 1)
    ? t('atLeastOne')
    : brokerCount !== undefined && replicationFactor > brokerCount
      ? t('brokerCount', { count: brokerCount })
      : null;
  const partitionsProblem = Number.isInteger(partitions) && partitions >= 1 ? null : t('atLeastOnePartition');

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!name || nameProblem || rfProblem || partitionsProblem || 'error' in parsedConfigs) return;
    create.mutate({ name, partitions, replicationFactor, configs: parsedConfigs.configs });
  }

  return (
    <Dialog open={open} title={t('createTitle')} onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }} noValidate>
        <label className={styles.field}>
          {t('name')}
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoFocus required aria-invalid={!!nameProblem} />
          {nameProblem ? (
            <span className="callout danger">{nameProblem}</span>
          ) : mixesPeriodAndUnderscore(name) ? (
            <span className="callout warn">{t('mixWarning')}</span>
          ) : (
            <span className={styles.fieldHint}>{t('nameHint')}</span>
          )}
        </label>
        <div className={styles.fieldRow}>
          <label className={styles.field}>
            {t('partitions')}
            <input type="number" min={1} value={partitions} onChange={(e) => setPartitions(e.target.valueAsNumber)} aria-invalid={!!partitionsProblem} />
            {partitionsProblem && <span className="callout danger">{partitionsProblem}</span>}
          </label>
          <label className={styles.field}>
            {t('replicationFactor')}
            <input type="number" min={1} value={replicationFactor} onChange={(e) => setReplicationFactor(e.target.valueAsNumber)} aria-invalid={!!rfProblem} />
            {rfProblem && <span className="callout danger">{rfProblem}</span>}
          </label>
        </div>
        <label className={styles.field}>
          {t('overrides')}
          <textarea rows={4} className="mono" placeholder={'retention.ms=86400000\ncleanup.policy=compact'} value={configText} onChange={(e) => setConfigText(e.target.value)} />
          {'error' in parsedConfigs ? <span className="callout danger">{parsedConfigs.error}</span> : <span className={styles.fieldHint}>{t('overridesHint')}</span>}
        </label>
        <FormError error={create.error} />
        <DialogActions onCancel={onClose} submitLabel={t('createTitle')} busy={create.isPending} disabled={!name || !!nameProblem || !!rfProblem || !!partitionsProblem} />
      </form>
    </Dialog>
  );
}
