'use client';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/lib/format/use-format';
import type { Verdict } from '@/lib/groups/verdict';

const VERDICT_TONE: Record<Verdict, string> = { OK: 'ok', WARN: 'warn', STALL: 'warn', STOP: 'danger', ERR: 'danger' };

export function VerdictBadge({ status, reason }: { status: Verdict; reason?: string }) {
  return (
    <span className={`badge ${VERDICT_TONE[status]}`} title={reason}>
      {status}
    </span>
  );
}

/** Stable is healthy, Empty is a group without members, anything else is a rebalance in progress. */
export function GroupStateBadge({ state }: { state: string }) {
  const tone = state === 'Stable' ? 'info' : state === 'Empty' ? 'muted' : 'warn';
  return <span className={`badge ${tone}`}>{state}</span>;
}

/** Lag in time is an estimate: shown with ≈ (exact only when there is no lag), or "unknown" when there is none. */
export function LagTime({ seconds }: { seconds: number | null }) {
  const unknown = useTranslations('common')('unknown');
  const f = useFormat();
  if (seconds === null) return <span className="muted">{unknown}</span>;
  return seconds === 0 ? <span className="muted">0 s</span> : <>≈ {f.duration(seconds * 1000)}</>;
}
