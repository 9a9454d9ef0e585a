'use client';
import { useTranslations } from 'use-intl';
import type { ConnectorTask } from '@/lib/api/schemas/connect';
import { ConnectorStateBadge } from './state-badge';

export function TaskTable({ tasks, onRestart, restartDisabled }: { tasks: ConnectorTask[]; onRestart?: (id: number) => void; restartDisabled?: boolean }) {
  const t = useTranslations('connector');
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{t('tasks')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('task')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('worker')}</th>
            <th scope="col">{t('trace')}</th>
            {onRestart && <th scope="col"><span className="sr-only">{t('actions')}</span></th>}
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id}>
              <td className="num">{task.id}</td>
              <td>
                <ConnectorStateBadge state={task.state} />
              </td>
              <td>{task.workerId}</td>
              <td className="wrap">
                {task.trace ? (
                  <details lang="en">
                    <summary>{task.trace.split('\n')[0]}</summary>
                    <pre className="code-block">{task.trace}</pre>
                  </details>
                ) : (
                  <span className="muted">{t('none')}</span>
                )}
              </td>
              {onRestart && (
                <td>
                  <button type="button" className="button" disabled={restartDisabled} onClick={() => onRestart(task.id)}>
                    {t('restartTask', { id: task.id })}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
