'use client';
// The imbalance warning, and the preferred-leader election that fixes it once confirmed.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/topics/dialog';
import { Dialog } from '@/components/ui/dialog';
import type { ElectionResult, LeadershipReport } from '@/lib/api/schemas/cluster-ops';

interface Props {
  leadership: LeadershipReport;
  readOnly: boolean;
  elect: () => Promise<ElectionResult>;
  onElected: () => void;
}

/**
 * The server decides whether leadership is uneven; the sentence is told here in the reader's language, from
 * the same per-broker counts (the most and the least loaded broker).
 */
function unevenSentence(l: LeadershipReport, t: ReturnType<typeof useTranslations<'leadership'>>): string {
  if (l.brokers.length === 0) return '';
  const most = l.brokers.reduce((a, b) => (b.leaders > a.leaders ? b : a));
  const least = l.brokers.reduce((a, b) => (b.leaders < a.leaders ? b : a));
  return t('uneven', {
    least: least.brokerId,
    leastLeaders: least.leaders,
    most: most.brokerId,
    mostLeaders: most.leaders,
    partitions: l.partitions,
    even: Math.round(l.partitions / l.brokers.length),
  });
}

export function LeadershipCallout({ leadership, readOnly, elect, onElected }: Props) {
  const t = useTranslations('leadership');
  const common = useTranslations('common');
  const [confirming, setConfirming] = useState(false);
  const run = useMutation({ mutationFn: elect, onSuccess: onElected });
  const result = run.data;
  if (!leadership.imbalance && leadership.electable === 0 && !result) return null;
  return (
    <div className={leadership.imbalance ? 'callout warn' : 'callout'} role="status">
      <div className="row" style={{ justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
        <span>
          {leadership.imbalance ? unevenSentence(leadership, t) : t('balanced')}{' '}
          {leadership.electable > 0 ? t('electable', { count: leadership.electable }) : leadership.imbalance ? t('onlyReassignment') : ''}
          {result &&
            ` ${
              result.failed.length
                ? t('lastElectionRefused', { elected: result.elected, requested: result.requested, failed: result.failed.length })
                : t('lastElection', { elected: result.elected, requested: result.requested })
            }`}
        </span>
        {leadership.electable > 0 && (
          <button type="button" className="button" onClick={() => setConfirming(true)} disabled={readOnly} title={readOnly ? common('readOnlyCluster') : undefined}>
            {t('elect')}
          </button>
        )}
      </div>
      {confirming && (
        <Dialog title={t('elect')} onClose={() => setConfirming(false)}>
          <p>{t('confirm', { count: leadership.electable })}</p>
          <FormError error={run.error} />
          <div className="dialog-foot">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {common('cancel')}
            </button>
            <button
              type="button"
              className="button primary"
              disabled={run.isPending}
              onClick={() => run.mutate(undefined, { onSuccess: () => setConfirming(false) })}
            >
              {run.isPending ? t('electing') : t('submit')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
