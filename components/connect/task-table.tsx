import type { ConnectorTask } from '@/lib/api/schemas/connect';
import { ConnectorStateBadge } from './state-badge';

export function TaskTable({ tasks, onRestart, restartDisabled }: { tasks: ConnectorTask[]; onRestart?: (id: number) => void; restartDisabled?: boolean }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Tasks</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Task</th>
            <th scope="col">State</th>
            <th scope="col">Worker</th>
            <th scope="col">Error trace</th>
            {onRestart && <th scope="col"><span className="sr-only">Actions</span></th>}
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.id}>
              <td className="num">{t.id}</td>
              <td>
                <ConnectorStateBadge state={t.state} />
              </td>
              <td>{t.workerId}</td>
              <td className="wrap">
                {t.trace ? (
                  <details>
                    <summary>{t.trace.split('\n')[0]}</summary>
                    <pre className="code-block">{t.trace}</pre>
                  </details>
                ) : (
                  <span className="muted">none</span>
                )}
              </td>
              {onRestart && (
                <td>
                  <button type="button" className="button" disabled={restartDisabled} onClick={() => onRestart(t.id)}>
                    Restart task {t.id}
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
