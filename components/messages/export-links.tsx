// Download links for a browse range or a search result; the server streams the file.
export function ExportLinks({ hrefFor }: { hrefFor: (format: 'ndjson' | 'json' | 'csv') => string }) {
  return (
    <div className="row compact" role="group" aria-label="Export">
      <span className="muted">Export</span>
      {(['ndjson', 'json', 'csv'] as const).map((f) => (
        <a key={f} className="button" href={hrefFor(f)} download>
          {f.toUpperCase()}
        </a>
      ))}
    </div>
  );
}
