'use client';
// One key, value or header value: null shown as what it means, the detected encoding, and a view the
// user can force (JSON tree, text, base64, hex).
import { useState } from 'react';
import type { Message } from '@/lib/api/schemas/messages';
import { type ViewEncoding, viewAs } from '@/lib/messages/decode';
import { JsonTree } from './json-tree';
import { useTranslations } from 'use-intl';
import { CopyButton } from '../ui/copy-button';

const VIEWS: ViewEncoding[] = ['auto', 'json', 'text', 'base64', 'hex'];

export function NullBadge({ what }: { what: 'key' | 'value' }) {
  const t = useTranslations('messages');
  return <span className="badge muted">{what === 'key' ? t('noKey') : t('tombstone')}</span>;
}

export function MessageValue({ label, text, encoding, what }: { label: string; text: string | null; encoding: Message['valueEncoding']; what: 'key' | 'value' }) {
  const t = useTranslations('messages');
  const [view, setView] = useState<ViewEncoding>('auto');
  const shown = text === null ? null : viewAs(text, encoding, view);
  return (
    <div className="message-value">
      <div className="row">
        <h3>{label}</h3>
        <span className="badge info">{encoding}</span>
        {text !== null && <CopyButton text={text} what={what === 'key' ? t('keyWhat') : t('valueWhat')} />}
        {text !== null && (
          <label className="row compact">
            <span className="muted">{t('showAs')}</span>
            <select aria-label={t('showAsLabel', { what: label.toLowerCase() })} value={view} onChange={(e) => setView(e.target.value as ViewEncoding)}>
              {VIEWS.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {shown === null ? (
        <NullBadge what={what} />
      ) : (
        <>
          {shown.problem && <div className="callout warn">{t('showingText', { problem: shown.problem })}</div>}
          {shown.kind === 'json' ? <JsonTree text={shown.text} /> : <pre className="code-block">{shown.text}</pre>}
        </>
      )}
    </div>
  );
}
