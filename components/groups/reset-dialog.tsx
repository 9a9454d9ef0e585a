'use client';
// Reset offsets in two steps: a dry-run preview of every partition's move, then an explicit apply.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { ErrorCallout } from '@/components/ui/error-text';
import { resetGroupOffsets } from '@/lib/api/group-mutations';
import type { ResetOffsetsResult } from '@/lib/api/schemas/groups';
import { readResetForm, type ResetFormValues, type ResetKind } from '@/lib/groups/reset-form';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';

const KINDS = [
  { value: 'earliest', label: 'kindEarliest' },
  { value: 'latest', label: 'kindLatest' },
  { value: 'timestamp', label: 'kindTimestamp' },
  { value: 'offset', label: 'kindOffset' },
  { value: 'shiftBy', label: 'kindShiftBy' },
] as const satisfies { value: ResetKind; label: string }[];

function PreviewTable({ preview }: { preview: ResetOffsetsResult }) {
  const t = useTranslations('groupDialogs');
  const none = useTranslations('common')('none');
  return (
    <div className="table-wrap" style={{ maxHeight: 280 }}>
      <table className="data">
        <caption className="sr-only">{t('previewRegion')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('partition')}</th>
            <th scope="col" className="num">{t('current')}</th>
            <th scope="col" className="num">{t('next')}</th>
            <th scope="col" className="num">{t('change')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.partitions.map((p) => (
            <tr key={p.partition}>
              <td className="num">{p.partition}</td>
              <td className="num">{p.currentOffset ?? <span className="muted">{none}</span>}</td>
              <td className="num">{p.newOffset}</td>
              <td className="num">{p.currentOffset === null ? '' : `${p.newOffset - p.currentOffset >= 0 ? '+' : ''}${p.newOffset - p.currentOffset}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ResetDialog({ cluster, group, topics, onClose, onDone }: { cluster: string; group: string; topics: string[]; onClose: () => void; onDone: (message: string) => void }) {
  const t = useTranslations('groupDialogs');
  const cancel = useTranslations('common')('cancel');
  const f = useFormat();
  const [form, setForm] = useState<ResetFormValues>({ topic: topics[0] ?? '', partitions: '', kind: 'earliest', value: '' });
  const [invalid, setInvalid] = useState<string | null>(null);
  // The picker shows the chosen clock; in UTC its text is read as UTC.
  const parsed = readResetForm(form.kind === 'timestamp' && f.time === 'utc' && form.value ? { ...form, value: `${form.value}Z` } : form);
  const send = useMutation({
    mutationFn: (dryRun: boolean) => {
      if (!parsed.ok) throw new Error(parsed.message);
      return resetGroupOffsets(cluster, group, { topic: parsed.topic, partitions: parsed.partitions, to: parsed.to, dryRun });
    },
    onSuccess: (result) => {
      if (!result.dryRun) onDone(t('done', { count: result.partitions.length, topic: result.topic }));
    },
  });
  const preview = send.data?.dryRun ? send.data : undefined;
  const update = (patch: Partial<ResetFormValues>) => {
    setForm((f) => ({ ...f, ...patch }));
    setInvalid(null);
    send.reset();
  };
  const runPreview = () => (parsed.ok ? send.mutate(true) : setInvalid(parsed.message));
  const error = invalid ? new Error(invalid) : send.error;

  return (
    <Dialog
      title={t('resetTitle', { group })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {cancel}
          </button>
          <button type="button" className="button" onClick={runPreview} disabled={send.isPending}>
            {t('preview')}
          </button>
          <button type="button" className="button danger" disabled={!preview || send.isPending} onClick={() => send.mutate(false)}>
            {t('apply')}
          </button>
        </>
      }
    >
      <p className="muted" style={{ margin: 0 }}>
        {t('resetText')}
      </p>
      <label className="field">
        <span>{t('topic')}</span>
        {topics.length ? (
          <select value={form.topic} onChange={(e) => update({ topic: e.target.value })}>
            {topics.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        ) : (
          <input type="text" value={form.topic} onChange={(e) => update({ topic: e.target.value })} />
        )}
      </label>
      <label className="field">
        <span>{t('partitions')}</span>
        <input type="text" value={form.partitions} onChange={(e) => update({ partitions: e.target.value })} placeholder={t('all')} />
      </label>
      <label className="field">
        <span>{t('resetTo')}</span>
        <select value={form.kind} onChange={(e) => update({ kind: e.target.value as ResetKind, value: '' })}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {t(k.label)}
            </option>
          ))}
        </select>
      </label>
      {form.kind === 'timestamp' && (
        <label className="field">
          <span>{t('dateTime', { zone: f.zone() })}</span>
          <input type="datetime-local" step={1} value={form.value} onChange={(e) => update({ value: e.target.value })} />
        </label>
      )}
      {(form.kind === 'offset' || form.kind === 'shiftBy') && (
        <label className="field">
          <span>{form.kind === 'offset' ? t('offset') : t('shiftBy')}</span>
          <input type="number" value={form.value} onChange={(e) => update({ value: e.target.value })} />
        </label>
      )}
      <ErrorCallout error={error} />
      {preview && (
        <div role="region" aria-label={t('previewRegion')} className="stack" style={{ gap: 8 }}>
          <div className="callout warn">
            {t('previewText', { count: preview.partitions.length, topic: preview.topic })}
          </div>
          <PreviewTable preview={preview} />
        </div>
      )}
    </Dialog>
  );
}
