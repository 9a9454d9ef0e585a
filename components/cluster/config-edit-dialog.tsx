'use client';
// Changes one configuration key: pick it, read Kafka's description, type a value, review, apply. Only that key
// is sent (IncrementalAlterConfigs), and Kafka validates it before anything changes.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { FormError } from '@/components/topics/dialog';
import { Dialog } from '@/components/ui/dialog';
import type { ConfigEntry } from '@/lib/api/schemas/cluster';
import type { ConfigPatch } from '@/lib/api/schemas/topics';
import { humanConfigValue } from '@/lib/cluster/config-values';

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

const shown = (e: ConfigEntry | undefined, value: string | null) =>
  value === null ? 'unset' : `${value}${e && humanConfigValue(e.name, value, e.type) ? ` (${humanConfigValue(e.name, value, e.type)})` : ''}`;

export function ConfigEditDialog({ title, entries, overrideSources, initialName = '', save, onClose, onSaved }: Props) {
  const listId = useId();
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
      <Dialog title="Review the change" onClose={onClose}>
        <p>
          {review.op === 'set' ? 'Set' : 'Remove the override of'} <code>{review.name}</code>
          {review.op === 'set' ? (
            <>
              {' '}
              from <strong>{entry?.sensitive ? 'a hidden value' : shown(entry, entry?.value ?? null)}</strong> to <strong>{shown(entry, review.value)}</strong>
            </>
          ) : (
            <>; it falls back to the inherited value</>
          )}
          . Kafka checks the change first; nothing else is touched.
        </p>
        <FormError error={apply.error} />
        <div className="dialog-foot">
          <button type="button" className="button" onClick={() => setReview(null)} disabled={apply.isPending}>
            Back
          </button>
          <button type="button" className="button primary" onClick={() => apply.mutate(review)} disabled={apply.isPending}>
            {apply.isPending ? 'Applying…' : 'Apply change'}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} className="stack" style={{ gap: 12 }}>
        <label className="stack" style={{ gap: 4 }}>
          Configuration name
          <input type="text" list={listId} value={name} onChange={(e) => pick(e.target.value)} autoFocus={!initialName} />
          <datalist id={listId}>
            {editable.map((e) => (
              <option key={e.name} value={e.name} />
            ))}
          </datalist>
        </label>
        {entry && (
          <div className="stack" style={{ gap: 4 }}>
            {entry.documentation && <p className="muted">{entry.documentation}</p>}
            <span className="muted">
              Now: {entry.sensitive ? 'hidden (sensitive)' : shown(entry, entry.value)} · {entry.source}
              {entry.type ? ` · ${entry.type}` : ''}
            </span>
            {entry.readOnly && <div className="callout">Kafka does not allow changing this key while the broker runs.</div>}
          </div>
        )}
        <label className="stack" style={{ gap: 4 }}>
          New value
          <input type="text" value={value} onChange={(e) => setValue(e.target.value)} />
          {entry && humanConfigValue(entry.name, value, entry.type) && <span className="muted">reads as {humanConfigValue(entry.name, value, entry.type)}</span>}
        </label>
        <div className="dialog-foot">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {isOverride && (
            <button type="button" className="button danger" onClick={() => setReview({ op: 'delete', name })}>
              Remove override
            </button>
          )}
          <button type="submit" className="button primary" disabled={!name || entry?.readOnly}>
            Review change
          </button>
        </div>
      </form>
    </Dialog>
  );
}
