'use client';
// Copies one value (a key, an offset, a permalink, a group id) to the clipboard, beside where it is shown,
// and says so for a moment; its accessible name says what it copies.
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';

const COPIED_SHOWN_MS = 1_500;

export function CopyButton({ text, what }: { text: string; /** What is copied, for the button's label. */ what: string }) {
  const t = useTranslations('common');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={t('copyLabel', { what })}
      title={t('copyLabel', { what })}
      onClick={() => {
        void navigator.clipboard.writeText(text).then(() => setCopied(true));
      }}
    >
      {/* The icon is a CSS mask in the text colour (globals.css), so it follows both themes. */}
      <span className={copied ? 'copy-icon copied' : 'copy-icon'} aria-hidden="true" />
      <span className="sr-only" aria-live="polite">
        {copied ? t('copied') : ''}
      </span>
    </button>
  );
}
