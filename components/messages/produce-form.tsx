'use client';
// Produce one message: key, value (optionally checked as JSON), headers one per line, partition.
import { useState } from 'react';
import { PRODUCE_COMPRESSIONS, type ProduceBody } from '@/lib/api/schemas/messages';
import { isJson } from '@/lib/messages/decode';

interface Props {
  busy: boolean;
  onSubmit: (body: ProduceBody) => void;
}

/** "name=value" lines; a line without "=" is a header with a null value. */
function parseHeaders(text: string): ProduceBody['headers'] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (l.includes('=') ? { key: l.slice(0, l.indexOf('=')), value: l.slice(l.indexOf('=') + 1) } : { key: l, value: null }));
}

export function ProduceForm({ busy, onSubmit }: Props) {
  const [key, setKey] = useState('');
  const [nullKey, setNullKey] = useState(false);
  const [value, setValue] = useState('');
  const [tombstone, setTombstone] = useState(false);
  const [checkJson, setCheckJson] = useState(true);
  const [headers, setHeaders] = useState('');
  const [partition, setPartition] = useState('');
  const [compression, setCompression] = useState<ProduceBody['compression']>('none');
  const jsonProblem = checkJson && !tombstone && value !== '' && !isJson(value) ? 'The value is not valid JSON' : null;
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (jsonProblem) return;
        onSubmit({
          key: nullKey ? null : key,
          value: tombstone ? null : value,
          keyEncoding: 'text',
          valueEncoding: checkJson && !tombstone ? 'json' : 'text',
          headers: parseHeaders(headers),
          partition: partition === '' ? undefined : Number(partition),
          compression,
        });
      }}
    >
      <div className="row">
        <label className="field">
          <span>Key</span>
          <input type="text" value={key} disabled={nullKey} onChange={(e) => setKey(e.target.value)} />
        </label>
        <label className="row compact">
          <input type="checkbox" checked={nullKey} onChange={(e) => setNullKey(e.target.checked)} /> No key (null)
        </label>
        <label className="field">
          <span>Partition</span>
          <input type="number" min={0} placeholder="by key" value={partition} onChange={(e) => setPartition(e.target.value)} />
        </label>
        <label className="field">
          <span>Compression</span>
          <select value={compression} onChange={(e) => setCompression(e.target.value as ProduceBody['compression'])}>
            {PRODUCE_COMPRESSIONS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field wide">
        <span>Value</span>
        <textarea rows={6} className="mono" value={value} disabled={tombstone} onChange={(e) => setValue(e.target.value)} aria-invalid={jsonProblem ? true : undefined} />
      </label>
      {jsonProblem && (
        <div className="callout danger" role="alert">
          {jsonProblem}
        </div>
      )}
      <div className="row">
        <label className="row compact">
          <input type="checkbox" checked={checkJson} onChange={(e) => setCheckJson(e.target.checked)} /> Check that the value is JSON
        </label>
        <label className="row compact">
          <input type="checkbox" checked={tombstone} onChange={(e) => setTombstone(e.target.checked)} /> Tombstone (null value)
        </label>
      </div>
      <label className="field wide">
        <span>Headers (one name=value per line)</span>
        <textarea rows={3} className="mono" value={headers} onChange={(e) => setHeaders(e.target.value)} />
      </label>
      <div className="row">
        <button type="submit" className="button primary" disabled={busy || jsonProblem !== null}>
          {busy ? 'Producing…' : 'Produce message'}
        </button>
      </div>
    </form>
  );
}
