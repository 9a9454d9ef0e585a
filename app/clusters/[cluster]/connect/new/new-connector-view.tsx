'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ConnectorForm } from '@/components/connect/connector-form';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { createConnector, validateConnectorConfig } from '@/lib/api/connect-mutations';
import { connectOverviewQuery, connectPluginConfigQuery, connectPluginsQuery, keys } from '@/lib/api/queries';
import { connectorNameSchema } from '@/lib/api/schemas/connect';
import { buildConfig, formFields, parsePropertyLines } from '@/lib/connect/form';

/** Validation failed: the messages by field. Thrown so the mutation ends in its error state. */
class FieldErrors extends Error {
  constructor(readonly byField: Record<string, string[]>) {
    super('The config is invalid: see the fields marked below');
  }
}

function PluginForm({ cluster, connect, plugin }: { cluster: string; connect: string; plugin: string }) {
  const defs = useQuery(connectPluginConfigQuery(cluster, connect, plugin));
  const router = useRouter();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [extra, setExtra] = useState('');
  const create = useMutation({
    // Validate first, always: Connect (Debezium especially) answers a bad create with an opaque 500.
    mutationFn: async () => {
      const nameCheck = connectorNameSchema.safeParse(name);
      if (!nameCheck.success) throw new FieldErrors({ name: [nameCheck.error.issues[0]?.message ?? 'invalid name'] });
      const lines = parsePropertyLines(extra);
      if (!lines.ok) throw new FieldErrors({ extra: [lines.message] });
      const config = { ...buildConfig(plugin, values, lines.config), name };
      const result = await validateConnectorConfig(cluster, connect, plugin, config);
      if (result.errorCount > 0) throw new FieldErrors(Object.fromEntries(result.errors.map((e) => [e.field, e.messages])));
      return createConnector(cluster, connect, name, config);
    },
    onSuccess: (created) => {
      void client.invalidateQueries({ queryKey: keys.connect(cluster) });
      router.push(`/clusters/${encodeURIComponent(cluster)}/connect/${encodeURIComponent(connect)}/${encodeURIComponent(created.name)}`);
    },
  });
  const errors = create.error instanceof FieldErrors ? create.error.byField : {};
  const shownFields = new Set(['name', 'extra', ...(defs.data?.definitions.map((d) => d.name) ?? [])]);
  const otherErrors = Object.entries(errors).filter(([k]) => !shownFields.has(k));
  return (
    <DataView query={defs} label="plugin config definitions">
      {(d) => (
        <div className="stack">
          {create.error && (
            <div className="callout danger" role="alert">
              {create.error.message}
              {otherErrors.map(([k, m]) => (
                <div key={k}>
                  <code>{k}</code>: {m.join(' ')}
                </div>
              ))}
            </div>
          )}
          <ConnectorForm
            fields={formFields(d.definitions)}
            name={name}
            values={values}
            extra={extra}
            errors={errors}
            busy={create.isPending}
            onName={setName}
            onValue={(k, v) => setValues((s) => ({ ...s, [k]: v }))}
            onExtra={setExtra}
            onSubmit={() => create.mutate()}
          />
        </div>
      )}
    </DataView>
  );
}

export function NewConnectorView({ cluster }: { cluster: string }) {
  const overview = useQuery(connectOverviewQuery(cluster));
  const [connect, setConnect] = useState('');
  const chosenConnect = connect || overview.data?.connectClusters[0]?.name || '';
  const plugins = useQuery({ ...connectPluginsQuery(cluster, chosenConnect), enabled: Boolean(chosenConnect) });
  const [plugin, setPlugin] = useState('');
  return (
    <div className="stack">
      <PageHead
        title="New connector"
        sub={
          <>
            <Link href={`/clusters/${encodeURIComponent(cluster)}/connect`}>Kafka Connect</Link> · the config is validated by the plugin before anything is created
          </>
        }
      />
      <Panel title="Plugin">
        <DataView
          query={overview}
          label="Connect clusters"
          isEmpty={(o) => o.connectClusters.length === 0}
          empty={<EmptyState title="No Connect cluster configured">Add a connect entry to this cluster in the config file first.</EmptyState>}
        >
          {(o) => (
            <div className="row controls">
              <label className="field">
                <span>Connect cluster</span>
                <select value={chosenConnect} onChange={(e) => { setConnect(e.target.value); setPlugin(''); }}>
                  {o.connectClusters.map((c) => (
                    <option key={c.name} value={c.name} disabled={!c.reachable}>
                      {c.name}
                      {c.reachable ? '' : ' (unreachable)'}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>Connector plugin</span>
                <select value={plugin} onChange={(e) => setPlugin(e.target.value)} disabled={!plugins.data}>
                  <option value="">{plugins.isError ? 'Plugins could not be loaded' : 'Choose a plugin'}</option>
                  {plugins.data?.plugins.map((p) => (
                    <option key={p.class} value={p.class}>
                      {p.class.split('.').pop()} ({p.type}{p.version ? `, ${p.version}` : ''})
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
        </DataView>
        {plugins.isError && (
          <div className="callout danger" role="alert">
            {plugins.error.message}
          </div>
        )}
      </Panel>
      {plugin && chosenConnect && (
        <Panel title="Config" hint={plugin}>
          <PluginForm key={`${chosenConnect}/${plugin}`} cluster={cluster} connect={chosenConnect} plugin={plugin} />
        </Panel>
      )}
    </div>
  );
}
