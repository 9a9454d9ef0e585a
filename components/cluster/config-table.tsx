'use client';
// A configuration listing: search by name, overrides apart from defaults, sensitive values masked.
import { useMemo, useState } from 'react';
import type { ConfigEntry } from '@/lib/api/schemas/cluster';
import { filterConfigEntries } from '@/lib/cluster/config-filter';
import { EmptyState } from '../ui/data-state';

const SOURCE_LABEL: Record<ConfigEntry['source'], string> = {
  default: 'default',
  'static-broker': 'static (server.properties)',
  'dynamic-broker': 'dynamic (this broker)',
  'dynamic-default-broker': 'dynamic (all brokers)',
  'dynamic-topic': 'dynamic (topic)',
  'dynamic-broker-logger': 'dynamic (logger)',
  unknown: 'unknown',
};

export function ConfigTable({ entries }: { entries: ConfigEntry[] }) {
  const [search, setSearch] = useState('');
  const [overridesOnly, setOverridesOnly] = useState(false);
  const shown = useMemo(() => filterConfigEntries(entries, { search, overridesOnly }), [entries, search, overridesOnly]);

  return (
    <div className="stack" style={{ gap: 12 }}>
      <div className="row">
        <input
          type="search"
          placeholder="Filter by name"
          aria-label="Filter configuration by name"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 280 }}
        />
        <label className="row" style={{ gap: 6 }}>
          <input type="checkbox" checked={overridesOnly} onChange={(e) => setOverridesOnly(e.target.checked)} />
          Overrides only
        </label>
        <span className="muted">
          {shown.length} of {entries.length} entries
        </span>
      </div>
      {shown.length === 0 ? (
        <EmptyState title="No matching entries">Clear the filter to see every entry.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="sr-only">Configuration entries</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Value</th>
                <th scope="col">Source</th>
                <th scope="col">Flags</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.name}>
                  <td className="mono wrap">{e.name}</td>
                  <td className="mono wrap">
                    {e.sensitive ? (
                      <span className="muted" title="Sensitive: the value stays on the broker">••••••</span>
                    ) : e.value === null ? (
                      <span className="muted">null</span>
                    ) : (
                      <>
                        {e.value}
                        {e.display && <div className="muted">{e.display}</div>}
                      </>
                    )}
                  </td>
                  <td>
                    <span className={e.source === 'default' ? 'badge muted' : 'badge info'}>{SOURCE_LABEL[e.source]}</span>
                  </td>
                  <td>
                    <span className="row" style={{ gap: 4 }}>
                      {e.readOnly && <span className="badge muted">read-only</span>}
                      {e.sensitive && <span className="badge warn">sensitive</span>}
                    </span>
                  </td>
                  <td className="muted wrap" style={{ minWidth: 240, fontSize: 12 }}>
                    {e.documentation ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
