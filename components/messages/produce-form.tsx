'use client';
// Produce one message: key and value in any encoding the API accepts (text, JSON checked here, base64 bytes),
// headers one per line, partition.
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { PRODUCE_COMPRESSIONS, type ProduceBody } from '@/lib/api/schemas/messages';
import { isJson } from '@/lib/messages/decode';

interface Props {
  busy: boolean;
  onSubmit: (body: ProduceBody) => void;
}

type Encoding = NonNullable<ProduceBody['valueEncoding']>;
const ENCODINGS = [
  { id: 'text', label: 'encText' },
  { id: 'json', label: 'encJson' },
  { id: 'base64', label: 'encBase64' },
] as const satisfies { id: Encoding; label: string }[];

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** "name=value" lines; a line without "=" is a header with a null value. */
function parseHeaders(text: string): ProduceBody['headers'] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (l.includes('=') ? { key: l.slice(0, l.indexOf('=')), value: l.slice(l.indexOf('=') + 1) } : { key: l, value: null }));
}

export function ProduceForm({ busy, onSubmit }: Props) {
  const t = useTranslations('messages');
  const [key, setKey] = useState('');
  const [nullKey, setNullKey] = useState(false);
  const [keyEncoding, setKeyEncoding] = useState<Encoding>('text');
  const [value, setValue] = useState('');
  const [tombstone, setTombstone] = useState(false);
  const [valueEncoding, setValueEncoding] = useState<Encoding>('json');
  const [headers, setHeaders] = useState('');
  const [partition, setPartition] = useState('');
  const [compression, setCompression] = useState<ProduceBody['compression']>('none');
  const problemOf = (text: string, encoding: Encoding, what: string) =>
    text === '' ? null : encoding === 'json' && !isJson(text) ? t('notJson') : encoding === 'base64' && !BASE64.test(text.trim()) ? t('notBase64', { what }) : null;
  const problem = (tombstone ? null : problemOf(value, valueEncoding, t('valueWhat'))) ?? (nullKey ? null : problemOf(key, keyEncoding, t('keyWhat')));
  const encodingSelect = (label: string, current: Encoding, set: (e: Encoding) => void, disabled: boolean) => (
    <label className="field">
      <span>{label}</span>
      <select value={current} disabled={disabled} onChange={(e) => set(e.target.value as Encoding)}>
        {ENCODINGS.map((e) => (
          <option key={e.id} value={e.id}>
            {t(e.label)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (problem) return;
        onSubmit({
          key: nullKey ? null : key,
          value: tombstone ? null : value,
          keyEncoding,
          valueEncoding,
          headers: parseHeaders(headers),
          partition: partition === '' ? undefined : Number(partition),
          compression,
        });
      }}
    >
      <div className="row">
        <label className="field">
          <span>{t('key')}</span>
          <input type="text" value={key} disabled={nullKey} onChange={(e) => setKey(e.target.value)} />
        </label>
        {encodingSelect(t('keyEncoding'), keyEncoding, setKeyEncoding, nullKey)}
        <label className="row compact">
          <input type="checkbox" checked={nullKey} onChange={(e) => setNullKey(e.target.checked)} /> {t('noKeyNull')}
        </label>
        <label className="field">
          <span>{t('partition')}</span>
          <input type="number" min={0} placeholder={t('byKey')} value={partition} onChange={(e) => setPartition(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('compression')}</span>
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
        <span>{t('value')}</span>
        <textarea rows={6} className="mono" value={value} disabled={tombstone} onChange={(e) => setValue(e.target.value)} aria-invalid={problem ? true : undefined} />
      </label>
      {problem && (
        <div className="callout danger" role="alert">
          {problem}
        </div>
      )}
      <div className="row">
        {encodingSelect(t('valueEncoding'), valueEncoding, setValueEncoding, tombstone)}
        <label className="row compact">
          <input type="checkbox" checked={tombstone} onChange={(e) => setTombstone(e.target.checked)} /> {t('tombstoneNull')}
        </label>
      </div>
      <label className="field wide">
        <span>{t('headersField')}</span>
        <textarea rows={3} className="mono" value={headers} onChange={(e) => setHeaders(e.target.value)} />
      </label>
      <div className="row">
        <button type="submit" className="button primary" disabled={busy || problem !== null}>
          {busy ? t('producing') : t('produce')}
        </button>
      </div>
    </form>
  );
}
