import type { ConnectClusterSummary } from '@/lib/api/schemas/connect';

/** The Connect clusters of this Kafka cluster and whether their REST API answers, like the brokers' list. */
export function ConnectClusterTable({ clusters }: { clusters: ConnectClusterSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Connect clusters</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">URL</th>
            <th scope="col">Authentication</th>
            <th scope="col">Reachable</th>
            <th scope="col">Version</th>
          </tr>
        </thead>
        <tbody>
          {clusters.map((c) => (
            <tr key={c.name}>
              <td>{c.name}</td>
              <td className="wrap">
                <code>{c.url}</code>
              </td>
              <td>{c.authentication}</td>
              <td className="wrap">
                {c.reachable ? <span className="badge ok">yes</span> : <span className="badge danger">no</span>}
                {c.error && <div className="muted">{c.error}</div>}
              </td>
              <td>{c.version ?? <span className="muted">unknown</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
