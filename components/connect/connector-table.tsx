import Link from 'next/link';
import type { ConnectorSummary } from '@/lib/api/schemas/connect';
import { ConnectorStateBadge } from './state-badge';

/** Connectors as Fluxo lists them: failed first (the order comes from the server). */
export function ConnectorTable({ connectors, hrefFor }: { connectors: ConnectorSummary[]; hrefFor: (c: ConnectorSummary) => string }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Connectors</caption>
        <thead>
          <tr>
            <th scope="col">Connector</th>
            <th scope="col">Connect cluster</th>
            <th scope="col">Type</th>
            <th scope="col">Plugin</th>
            <th scope="col">State</th>
            <th scope="col" className="num">Tasks running</th>
            <th scope="col" className="num">Tasks failed</th>
            <th scope="col">Workers</th>
            <th scope="col">Topics</th>
          </tr>
        </thead>
        <tbody>
          {connectors.map((c) => (
            <tr key={`${c.connect}/${c.name}`}>
              <td className="wrap">
                <Link href={hrefFor(c)}>{c.name}</Link>
              </td>
              <td>{c.connect}</td>
              <td>{c.type}</td>
              <td className="wrap" title={c.plugin}>
                {c.plugin.split('.').pop()}
              </td>
              <td>
                <ConnectorStateBadge state={c.state} />
              </td>
              <td className="num">{c.tasksRunning}</td>
              <td className="num">{c.tasksFailed > 0 ? <span className="badge danger">{c.tasksFailed}</span> : 0}</td>
              <td className="wrap">{[...new Set(c.tasks.map((t) => t.workerId))].join(', ') || <span className="muted">none</span>}</td>
              <td className="wrap">{c.topics.length ? c.topics.join(', ') : <span className="muted">none</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
