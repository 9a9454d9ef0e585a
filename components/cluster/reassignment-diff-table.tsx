'use client';
// The diff of a proposed reassignment: per partition, the replicas now and then, and which brokers gain or lose a copy.
import { useTranslations } from 'use-intl';
import type { ReassignmentProposal } from '@/lib/api/schemas/reassignments';

const brokers = (ids: number[]) => ids.join(', ');

export function ReassignmentDiffTable({ moves }: { moves: ReassignmentProposal['moves'] }) {
  const t = useTranslations('reassignments');
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('diffTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('topic')}</th>
            <th scope="col" className="num">{t('partition')}</th>
            <th scope="col">{t('current')}</th>
            <th scope="col">{t('proposed')}</th>
            <th scope="col">{t('gains')}</th>
            <th scope="col">{t('loses')}</th>
            <th scope="col">{t('leader')}</th>
          </tr>
        </thead>
        <tbody>
          {moves.map((m) => (
            <tr key={`${m.topic}:${m.partition}`}>
              <td className="wrap mono">{m.topic}</td>
              <td className="num">{m.partition}</td>
              <td className="mono">{brokers(m.currentReplicas)}</td>
              <td className="mono">{brokers(m.proposedReplicas)}</td>
              <td>{m.addingBrokers.length > 0 && <span className="badge ok">+ {brokers(m.addingBrokers)}</span>}</td>
              <td>{m.removingBrokers.length > 0 && <span className="badge danger">− {brokers(m.removingBrokers)}</span>}</td>
              <td className="mono">
                {m.leaderChange ? t('leaderChanges', { from: m.currentReplicas[0] ?? '–', to: m.proposedReplicas[0] ?? '–' }) : <span className="muted">{t('leaderSame')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
