'use client';
// A collapsible JSON tree: objects and arrays are <details> (keyboard and screen-reader friendly),
// open to a depth so large documents start readable.
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';

const OPEN_DEPTH = 2;

function Leaf({ value }: { value: unknown }) {
  if (value === null) return <span className="json-null">null</span>;
  if (typeof value === 'string') return <span className="json-string">{JSON.stringify(value)}</span>;
  if (typeof value === 'number') return <span className="json-number">{String(value)}</span>;
  if (typeof value === 'boolean') return <span className="json-bool">{String(value)}</span>;
  return <span>{String(value)}</span>;
}

function Node({ name, value, depth }: { name?: ReactNode; value: unknown; depth: number }) {
  const t = useTranslations('messages');
  const label = name === undefined ? null : <span className="json-key">{name}: </span>;
  if (value === null || typeof value !== 'object') {
    return (
      <div className="json-row">
        {label}
        <Leaf value={value} />
      </div>
    );
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return (
    <details className="json-node" open={depth < OPEN_DEPTH}>
      <summary>
        {label}
        {open}
        <span className="muted"> {Array.isArray(value) ? t('items', { count: entries.length }) : t('fields', { count: entries.length })} </span>
        {close}
      </summary>
      <div className="json-children">
        {entries.map(([k, v]) => (
          <Node key={k} name={k} value={v} depth={depth + 1} />
        ))}
      </div>
    </details>
  );
}

export function JsonTree({ text }: { text: string }) {
  const t = useTranslations('messages');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return <pre className="code-block">{text}</pre>;
  }
  return (
    <div className="json-tree" role="group" aria-label={t('jsonTree')}>
      <Node value={value} depth={0} />
    </div>
  );
}
