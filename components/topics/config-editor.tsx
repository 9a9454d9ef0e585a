'use client';
// Edit one override at a time; the server merges it into the full set, so the other overrides stay.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { ConfigEntry } from '@/lib/api/schemas/cluster';
import { patchTopicConfigsRequest } from '@/lib/api/topic-actions';
import { FormError } from './dialog';
import styles from './topics.module.css';

interface Props {
  cluster: string;
  topic: string;
  entries: ConfigEntry[];
  readOnly: boolean;
  onChanged: (entries: ConfigEntry[]) => void;
}

export function ConfigEditor({ cluster, topic, entries, readOnly, onChanged }: Props) {
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const listId = useId();
  const patch = useMutation({
    mutationFn: (body: { set?: Record<string, string>; delete?: string[] }) => patchTopicConfigsRequest(cluster, topic, body),
    onSuccess: (next) => {
      onChanged(next);
      setValue('');
    },
  });
  const overrides = entries.filter((e) => e.source === 'dynamic-topic');
  const editable = entries.filter((e) => !e.readOnly);
  const pick = (n: string) => {
    setName(n);
    setValue(entries.find((e) => e.name === n)?.value ?? '');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name) patch.mutate({ set: { [name]: value } });
  };
  return (
    <div className="stack" style={{ gap: 12 }}>
      <form onSubmit={submit} className={styles.toolbar} style={{ alignItems: 'flex-end' }}>
        <label className={styles.field} style={{ width: 300 }}>
          Configuration name
          <input type="text" list={listId} value={name} onChange={(e) => pick(e.target.value)} disabled={readOnly} />
          <datalist id={listId}>
            {editable.map((e) => (
              <option key={e.name} value={e.name} />
            ))}
          </datalist>
        </label>
        <label className={styles.field} style={{ width: 240 }}>
          Value
          <input type="text" value={value} onChange={(e) => setValue(e.target.value)} disabled={readOnly} />
        </label>
        <button type="submit" className="button primary" disabled={readOnly || !name || patch.isPending}>
          {patch.isPending ? 'Saving…' : 'Save override'}
        </button>
      </form>
      {readOnly && <div className="callout">This cluster is read-only: its configuration cannot be changed here.</div>}
      <FormError error={patch.error} />
      {overrides.length > 0 && (
        <div className="row" style={{ gap: 8, flexWrap: 'wrap' }} aria-label="Overrides">
          {overrides.map((o) => (
            <span key={o.name} className="badge info mono">
              {o.name}={o.value}
              <button type="button" className={styles.sortButton} aria-label={`Remove override ${o.name}`} disabled={readOnly || patch.isPending} onClick={() => patch.mutate({ delete: [o.name] })}>
                ✕
              </button>
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
