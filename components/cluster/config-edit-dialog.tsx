'use client';
// Changes one configuration key: pick it, read Kafka's description, type a value, review, apply. Only that key
// is sent (IncrementalAlterConfigs), and Kafka validates it before anything changes.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/topics/dialog';
import { Dialog } from '@/components/ui/dialog';
import type { ConfigEntry } from '@/lib/api/schemas/cluster';
import type { ConfigPatch } from '@/lib/api/schemas/topics';
import { humanConfigValue } from '@/lib/cluster/config-values';
import { useConfigSourceName } from './config-table';

interface Props {
  title: string;
  entries: ConfigEntry[];
  /** Sources that are overrides of this scope, which "Remove override" deletes. */
  overrideSources: ConfigEntry['source'][];
  initialName?: string;
  save: (patch: ConfigPatch) => Promise<ConfigEntry[]>;
  onClose: () => void;
  onSaved: (entries: ConfigEntry[]) => void;
}

type Change = { op: 'set'; name: string; value: string } | { op: 'delete'; name: string };

/** A value as typed, with its reading when Kafka's type gives one: "604800000 (7 d)"; null when unset. */
const shown = (e: ConfigEntry | undefined, value: string | null): string | null =>
  value === null ? null : `${value}${e && humanConfigValue(e.name, value, e.type) ? ` (${humanConfigValue(e.name, value, e.type)})` : ''}`;

export function ConfigEditDialog({ title, entries, overrideSources, initialName = '', save, onClose, onSaved }: Props) {
  const t = useTranslations('configEdit');
  const cancel = useTranslations('common')('cancel');
  const sourceName = useConfigSourceName();
  const listId = useId();
  const valueText = (e: ConfigEntry | undefined, value: string | null) => shown(e, value) ?? t('unset');
  const [name, setName] = useState(initialName);
  const entry = entries.find((e) => e.name === name);
  const [value, setValue] = useState(entry?.sensitive ? '' : (entry?.value ?? ''));
  const [review, setReview] = useState<Change | null>(null);
  const apply = useMutation({
    mutationFn: (c: Change) => save(c.op === 'set' ? { set: { [c.name]: c.value }, delete: [] } : { set: {}, delete: [c.name] }),
    onSuccess: onSaved,
  });
  const editable = entries.filter((e) => !e.readOnly);
  const isOverride = entry !== undefined && overrideSources.includes(entry.source);
  const pick = (n: string) => {
    setName(n);
    const e = entries.find((x) => x.name === n);
    setValue(e && !e.sensitive ? (e.value ?? '') : '');
    apply.reset();
  };
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (name) setReview({ op: 'set', name, value });
  };

  if (review) {
    return (
      <Dialog title={t('reviewTitle')} onClose={onClose}>
        <p>
          {review.op === 'set'
            ? t.rich('reviewSet', {
                name: review.name,
                from: entry?.sensitive ? t('hiddenValue') : valueText(entry, entry?.value ?? null),
                to: valueText(entry, review.value),
                code: (chunks) => <code>{chunks}</code>,
                strong: (chunks) => <strong>{chunks}</strong>,
              })
            : t.rich('reviewDelete', { name: review.name, code: (chunks) => <code>{chunks}</code> })}
        </p>
        <FormError error={apply.error} />
        <div className="dialog-foot">
          <button type="button" className="button" onClick={() => setReview(null)} disabled={apply.isPending}>
            {t('back')}
          </button>
          <button type="button" className="button primary" onClick={() => apply.mutate(review)} disabled={apply.isPending}>
            {apply.isPending ? t('applying') : t('apply')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <label className="stack" style={{ gap: 4 }}>
          {t('name')}
          <input type="text" list={listId} value={name} onChange={(e) => pick(e.target.value)} autoFocus={!initialName} />
          <datalist id={listId}>
            {editable.map((e) => (
              <option key={e.name} value={e.name} />
            ))}
          </datalist>
        </label>
        {entry && (
          <div className="stack" style={{ gap: 4 }}>
            {/* Kafka's own documentation of the key, in English. */}
            {entry.documentation && (
              <p className="muted" lang="en">
                {entry.documentation}
              </p>
            )}
            <span className="muted">
              {t('now', { value: entry.sensitive ? t('hiddenSensitive') : valueText(entry, entry.value), source: sourceName(entry.source) })}
              {entry.type ? ` · ${entry.type}` : ''}
            </span>
            {entry.readOnly && <div className="callout">{t('readOnlyKey')}</div>}
          </div>
        )}
        <label className="stack" style={{ gap: 4 }}>
          {t('newValue')}
          <input type="text" value={value} onChange={(e) => setValue(e.target.value)} />
          {entry && humanConfigValue(entry.name, value, entry.type) && <span className="muted">{t('readsAs', { value: humanConfigValue(entry.name, value, entry.type) ?? '' })}</span>}
        </label>
        <div className="dialog-foot">
          <button type="button" className="button" onClick={onClose}>
            {cancel}
          </button>
          {isOverride && (
            <button type="button" className="button danger" onClick={() => setReview({ op: 'delete', name })}>
              {t('removeOverride')}
            </button>
          )}
          <button type="submit" className="button primary" disabled={!name || entry?.readOnly}>
            {t('review')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
