'use client';
// How far a search got: scanned of total, matches, rate, and why it stopped.
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';

export interface SearchProgressData {
  scanned: number;
  total: number;
  matched: number;
  ratePerSec: number;
}

const REASONS = {
  end: 'reasonEnd',
  limit: 'reasonLimit',
  budget: 'reasonBudget',
  cancelled: 'reasonCancelled',
} as const;

export function SearchProgress({ progress, done }: { progress: SearchProgressData; done?: keyof typeof REASONS }) {
  const t = useTranslations('messages');
  const f = useFormat();
  const pct = progress.total ? Math.min(100, (progress.scanned / progress.total) * 100) : 100;
  return (
    <div className="stack compact" role="status" aria-label={t('progress')}>
      <progress max={100} value={pct} aria-label={t('scannedLabel')}>
        {f.percent(pct / 100)}
      </progress>
      <div className="row muted">
        <span>{t('scanned', { scanned: f.count(progress.scanned), total: f.count(progress.total) })}</span>
        <span>{t('matched', { count: f.count(progress.matched) })}</span>
        <span>{f.rate(progress.ratePerSec, t('rateUnit'))}</span>
        {done && <span className="badge info">{t(REASONS[done])}</span>}
      </div>
    </div>
  );
}
