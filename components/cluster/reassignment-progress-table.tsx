'use client';
// Where each partition of a reassignment stands: replicas now, in sync, still being copied to or removed from.
import { useTranslations } from 'use-intl';
import type { PartitionProgressBody } from '@/lib/api/schemas/reassignments';

const BADGE: Record<PartitionProgressBody['state'], string> = { 'in-progress': 'badge info', done: 'badge ok', 'not-applied': 'badge warn' };
const STATE_KEY = { 'in-progress': 'stateInProgress', done: 'stateDone', 'not-applied': 'stateNotApplied' } as const;
const ids = (list: number[]) => (list.length ? list.join(', ') : '–');

export function ReassignmentProgressTable({ partitions }: { partitions: PartitionProgressBody[] }) {
  const t = useTranslations('reassignments');
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('progressTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('topic')}</th>
            <th scope="col" className="num">{t('partition')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('proposed')}</th>
            <th scope="col">{t('replicas')}</th>
            <th scope="col">{t('isr')}</th>
            <th scope="col">{t('adding')}</th>
            <th scope="col">{t('removing')}</th>
          </tr>
        </thead>
        <tbody>
          {partitions.map((p) => (
            <tr key={`${p.topic}:${p.partition}`}>
              <td className="wrap mono">{p.topic}</td>
              <td className="num">{p.partition}</td>
              <td>
                <span className={BADGE[p.state]}>{t(STATE_KEY[p.state])}</span>
              </td>
              <td className="mono">{ids(p.targetReplicas)}</td>
              <td className="mono">{ids(p.replicas)}</td>
              <td className="mono">{ids(p.isr)}</td>
              <td className="mono">{ids(p.addingReplicas)}</td>
              <td className="mono">{ids(p.removingReplicas)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
