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

interface Props {
  cluster: string;
  brokerCount: number | undefined;
  open: boolean;
  onClose: () => void;
  onCreated: (topic: TopicDetail) => void;
}

export function CreateTopicDialog({ cluster, brokerCount, open, onClose, onCreated }: Props) {
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
    ? 'At least 1'
    : brokerCount !== undefined && replicationFactor > brokerCount
      ? `The cluster has ${brokerCount} broker(s)`
      : null;
  const partitionsProblem = Number.isInteger(partitions) && partitions >= 1 ? null : 'At least 1 partition';

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!name || nameProblem || rfProblem || partitionsProblem || 'error' in parsedConfigs) return;
    create.mutate({ name, partitions, replicationFactor, configs: parsedConfigs.configs });
  }

  return (
    <Dialog open={open} title="Create topic" onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }} noValidate>
        <label className={styles.field}>
          Topic name
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoFocus required aria-invalid={!!nameProblem} />
          {nameProblem ? (
            <span className="callout danger">{nameProblem}</span>
          ) : mixesPeriodAndUnderscore(name) ? (
            <span className="callout warn">Kafka treats "." and "_" alike in metric names: avoid mixing them, or a similar name may collide.</span>
          ) : (
            <span className={styles.fieldHint}>Letters, digits, ".", "_" and "-"; at most 249 characters.</span>
          )}
        </label>
        <div className={styles.fieldRow}>
          <label className={styles.field}>
            Partitions
            <input type="number" min={1} value={partitions} onChange={(e) => setPartitions(e.target.valueAsNumber)} aria-invalid={!!partitionsProblem} />
            {partitionsProblem && <span className="callout danger">{partitionsProblem}</span>}
          </label>
          <label className={styles.field}>
            Replication factor
            <input type="number" min={1} value={replicationFactor} onChange={(e) => setReplicationFactor(e.target.valueAsNumber)} aria-invalid={!!rfProblem} />
            {rfProblem && <span className="callout danger">{rfProblem}</span>}
          </label>
        </div>
        <label className={styles.field}>
          Configuration overrides
          <textarea rows={4} className="mono" placeholder={'retention.ms=86400000\ncleanup.policy=compact'} value={configText} onChange={(e) => setConfigText(e.target.value)} />
          {'error' in parsedConfigs ? <span className="callout danger">{parsedConfigs.error}</span> : <span className={styles.fieldHint}>One key=value per line; Kafka checks them before the topic is created.</span>}
        </label>
        <FormError error={create.error} />
        <DialogActions onCancel={onClose} submitLabel="Create topic" busy={create.isPending} disabled={!name || !!nameProblem || !!rfProblem || !!partitionsProblem} />
      </form>
    </Dialog>
  );
}
