/** A connector's config, key by key; masked values arrive already masked from the server. */
export function ConnectorConfigList({ config, maskedKeys }: { config: Record<string, string>; maskedKeys: string[] }) {
  const entries = Object.entries(config).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">Connector config</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([k, v]) => (
            <tr key={k}>
              <td>
                <code>{k}</code>
              </td>
              <td className="wrap">
                <code>{v}</code>
                {maskedKeys.includes(k) && <span className="muted"> (hidden)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
