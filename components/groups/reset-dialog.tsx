'use client';
// Reset offsets in two steps: a dry-run preview of every partition's move, then an explicit apply.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { resetGroupOffsets } from '@/lib/api/group-mutations';
import type { ResetOffsetsResult } from '@/lib/api/schemas/groups';
import { readResetForm, type ResetFormValues, type ResetKind } from '@/lib/groups/reset-form';

const KINDS: { value: ResetKind; label: string }[] = [
  { value: 'earliest', label: 'Earliest retained offset' },
  { value: 'latest', label: 'Latest offset (skip everything)' },
  { value: 'timestamp', label: 'First message at or after a time' },
  { value: 'offset', label: 'A specific offset' },
  { value: 'shiftBy', label: 'Shift by N messages' },
];

function PreviewTable({ preview }: { preview: ResetOffsetsResult }) {
  return (
    <div className="table-wrap" style={{ maxHeight: 280 }}>
      <table className="data">
        <caption className="sr-only">Reset preview</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Partition</th>
            <th scope="col" className="num">Current offset</th>
            <th scope="col" className="num">New offset</th>
            <th scope="col" className="num">Change</th>
          </tr>
        </thead>
        <tbody>
          {preview.partitions.map((p) => (
            <tr key={p.partition}>
              <td className="num">{p.partition}</td>
              <td className="num">{p.currentOffset ?? <span className="muted">none</span>}</td>
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
  const [form, setForm] = useState<ResetFormValues>({ topic: topics[0] ?? '', partitions: '', kind: 'earliest', value: '' });
  const [invalid, setInvalid] = useState<string | null>(null);
  const parsed = readResetForm(form);
  const send = useMutation({
    mutationFn: (dryRun: boolean) => {
      if (!parsed.ok) throw new Error(parsed.message);
      return resetGroupOffsets(cluster, group, { topic: parsed.topic, partitions: parsed.partitions, to: parsed.to, dryRun });
    },
    onSuccess: (result) => {
      if (!result.dryRun) onDone(`Offsets of ${result.partitions.length} partition(s) of ${result.topic} reset`);
    },
  });
  const preview = send.data?.dryRun ? send.data : undefined;
  const update = (patch: Partial<ResetFormValues>) => {
    setForm((f) => ({ ...f, ...patch }));
    setInvalid(null);
    send.reset();
  };
  const runPreview = () => (parsed.ok ? send.mutate(true) : setInvalid(parsed.message));
  const error = invalid ?? (send.error ? send.error.message : null);

  return (
    <Dialog
      title={`Reset offsets of ${group}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button" onClick={runPreview} disabled={send.isPending}>
            Preview
          </button>
          <button type="button" className="button danger" disabled={!preview || send.isPending} onClick={() => send.mutate(false)}>
            Apply reset
          </button>
        </>
      }
    >
      <p className="muted" style={{ margin: 0 }}>
        Kafka resets offsets only while the group has no members: stop its consumers first. Preview shows every partition&apos;s move; nothing
        changes until you apply it.
      </p>
      <label className="field">
        <span>Topic</span>
        {topics.length ? (
          <select value={form.topic} onChange={(e) => update({ topic: e.target.value })}>
            {topics.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        ) : (
          <input type="text" value={form.topic} onChange={(e) => update({ topic: e.target.value })} />
        )}
      </label>
      <label className="field">
        <span>Partitions (comma-separated, empty for all)</span>
        <input type="text" value={form.partitions} onChange={(e) => update({ partitions: e.target.value })} placeholder="all" />
      </label>
      <label className="field">
        <span>Reset to</span>
        <select value={form.kind} onChange={(e) => update({ kind: e.target.value as ResetKind, value: '' })}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {form.kind === 'timestamp' && (
        <label className="field">
          <span>Date and time (your local time)</span>
          <input type="datetime-local" step={1} value={form.value} onChange={(e) => update({ value: e.target.value })} />
        </label>
      )}
      {(form.kind === 'offset' || form.kind === 'shiftBy') && (
        <label className="field">
          <span>{form.kind === 'offset' ? 'Offset' : 'Shift by (negative goes back)'}</span>
          <input type="number" value={form.value} onChange={(e) => update({ value: e.target.value })} />
        </label>
      )}
      {error && (
        <div className="callout danger" role="alert">
          {error}
        </div>
      )}
      {preview && (
        <div role="region" aria-label="Reset preview" className="stack" style={{ gap: 8 }}>
          <div className="callout warn">
            Applying moves {preview.partitions.length} partition(s) of {preview.topic} as below. Messages between the old and new offsets will be
            skipped or read again.
          </div>
          <PreviewTable preview={preview} />
        </div>
      )}
    </Dialog>
  );
}
