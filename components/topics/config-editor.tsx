'use client';
// Edit one override at a time; the server merges it into the full set, so the other overrides stay.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { ConfigEntry } from '@/lib/api/schemas/cluster';
import { patchTopicConfigsRequest } from '@/lib/api/topic-actions';
import { FormError } from './dialog';
import styles from './topics.module.css';
import { useTranslations } from 'use-intl';

interface Props {
  cluster: string;
  topic: string;
  entries: ConfigEntry[];
  readOnly: boolean;
  onChanged: (entries: ConfigEntry[]) => void;
}

export function ConfigEditor({ cluster, topic, entries, readOnly, onChanged }: Props) {
  const t = useTranslations('config');
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
          {t('configName')}
          <input type="text" list={listId} value={name} onChange={(e) => pick(e.target.value)} disabled={readOnly} />
          <datalist id={listId}>
            {editable.map((e) => (
              <option key={e.name} value={e.name} />
            ))}
          </datalist>
        </label>
        <label className={styles.field} style={{ width: 240 }}>
          {t('value')}
          <input type="text" value={value} onChange={(e) => setValue(e.target.value)} disabled={readOnly} />
        </label>
        <button type="submit" className="button primary" disabled={readOnly || !name || patch.isPending}>
          {patch.isPending ? t('saving') : t('save')}
        </button>
      </form>
      {readOnly && <div className="callout">{t('readOnlyCluster')}</div>}
      <FormError error={patch.error} />
      {overrides.length > 0 && (
        <div className="row" style={{ gap: 8, flexWrap: 'wrap' }} aria-label={t('overrides')}>
          {overrides.map((o) => (
            <span key={o.name} className="badge info mono">
              {o.name}={o.value}
              <button type="button" className={styles.sortButton} aria-label={t('removeOverride', { name: o.name })} disabled={readOnly || patch.isPending} onClick={() => patch.mutate({ delete: [o.name] })}>
                ✕
              </button>
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
