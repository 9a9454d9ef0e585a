// How far a search got: scanned of total, matches, rate, and why it stopped.
export interface SearchProgressData {
  scanned: number;
  total: number;
  matched: number;
  ratePerSec: number;
}

const REASONS = {
  end: 'Scanned the whole range',
  limit: 'Stopped at the result limit',
  budget: 'Stopped at the scan budget',
  cancelled: 'Cancelled',
} as const;

export function SearchProgress({ progress, done }: { progress: SearchProgressData; done?: keyof typeof REASONS }) {
  const pct = progress.total ? Math.min(100, (progress.scanned / progress.total) * 100) : 100;
  return (
    <div className="stack compact" role="status" aria-label="Search progress">
      <progress max={100} value={pct} aria-label="Scanned">
        {pct.toFixed(0)}%
      </progress>
      <div className="row muted">
        <span>
          Scanned {progress.scanned.toLocaleString('en-US')} of {progress.total.toLocaleString('en-US')}
        </span>
        <span>{progress.matched.toLocaleString('en-US')} matched</span>
        <span>{progress.ratePerSec.toLocaleString('en-US')} msg/s</span>
        {done && <span className="badge info">{REASONS[done]}</span>}
      </div>
    </div>
  );
}
