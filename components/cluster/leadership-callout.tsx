'use client';
// The imbalance warning, and the preferred-leader election that fixes it once confirmed.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormError } from '@/components/topics/dialog';
import { Dialog } from '@/components/ui/dialog';
import type { ElectionResult, LeadershipReport } from '@/lib/api/schemas/cluster-ops';

interface Props {
  leadership: LeadershipReport;
  readOnly: boolean;
  elect: () => Promise<ElectionResult>;
  onElected: () => void;
}

export function LeadershipCallout({ leadership, readOnly, elect, onElected }: Props) {
  const [confirming, setConfirming] = useState(false);
  const run = useMutation({ mutationFn: elect, onSuccess: onElected });
  const result = run.data;
  if (!leadership.imbalance && leadership.electable === 0 && !result) return null;
  return (
    <div className={leadership.imbalance ? 'callout warn' : 'callout'} role="status">
      <div className="row" style={{ justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
        <span>
          {leadership.imbalance ?? 'Leadership is balanced.'}{' '}
          {leadership.electable > 0
            ? `${leadership.electable} partition${leadership.electable === 1 ? ' is' : 's are'} not led by their preferred replica.`
            : leadership.imbalance
              ? 'Every partition is led by its preferred replica: only a reassignment of replicas can even this out.'
              : ''}
          {result && ` Last election: ${result.elected} of ${result.requested} partitions moved${result.failed.length ? `, ${result.failed.length} refused` : ''}.`}
        </span>
        {leadership.electable > 0 && (
          <button type="button" className="button" onClick={() => setConfirming(true)} disabled={readOnly} title={readOnly ? 'This cluster is read-only' : undefined}>
            Elect preferred leaders
          </button>
        )}
      </div>
      {confirming && (
        <Dialog title="Elect preferred leaders" onClose={() => setConfirming(false)}>
          <p>
            Leadership of {leadership.electable} partition{leadership.electable === 1 ? '' : 's'} moves back to each one&apos;s preferred (first) replica.
            Producers and consumers of those partitions reconnect to the new leader; no data moves.
          </p>
          <FormError error={run.error} />
          <div className="dialog-foot">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="button primary"
              disabled={run.isPending}
              onClick={() => run.mutate(undefined, { onSuccess: () => setConfirming(false) })}
            >
              {run.isPending ? 'Electing…' : 'Elect leaders'}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
