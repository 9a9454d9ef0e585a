'use client';
// Download links for a browse range or a search result; the server streams the file. With nothing to export
// the buttons are shown disabled, so the user sees the feature without downloading an empty file.
import { useTranslations } from 'use-intl';

export function ExportLinks({ hrefFor, disabled = false }: { hrefFor: (format: 'ndjson' | 'json' | 'csv') => string; disabled?: boolean }) {
  const t = useTranslations('messages');
  return (
    <div className="row compact" role="group" aria-label={t('export')}>
      <span className="muted">{t('export')}</span>
      {(['ndjson', 'json', 'csv'] as const).map((f) =>
        disabled ? (
          <button key={f} type="button" className="button" disabled title={t('exportNothing')}>
            {f.toUpperCase()}
          </button>
        ) : (
          <a key={f} className="button" href={hrefFor(f)} download>
            {f.toUpperCase()}
          </a>
        ),
      )}
    </div>
  );
}
