'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConnectorForm } from '@/components/connect/connector-form';
import { DataView, EmptyState } from '@/components/ui/data-state';
import { ErrorCallout } from '@/components/ui/error-text';
import { PageHead } from '@/components/ui/page-head';
import { Panel } from '@/components/ui/panel';
import { createConnector, validateConnectorConfig } from '@/lib/api/connect-mutations';
import { connectOverviewQuery, connectPluginConfigQuery, connectPluginsQuery, keys } from '@/lib/api/queries';
import { connectorNameSchema } from '@/lib/api/schemas/connect';
import { buildConfig, formFields, parsePropertyLines } from '@/lib/connect/form';

/** Validation failed: the messages by field (the plugin's own words). Thrown so the mutation ends in its error state. */
class FieldErrors extends Error {
  constructor(readonly byField: Record<string, string[]>) {
    super('The config is invalid');
  }
}

function PluginForm({ cluster, connect, plugin }: { cluster: string; connect: string; plugin: string }) {
  const t = useTranslations('newConnector');
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
      if (!nameCheck.success) throw new FieldErrors({ name: [nameCheck.error.issues[0]?.message ?? t('invalidName')] });
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
    <DataView query={defs} label={t('definitionsLabel')}>
      {(d) => (
        <div className="stack">
          {create.error instanceof FieldErrors ? (
            <div className="callout danger" role="alert">
              {t('invalid')}
              {otherErrors.map(([k, m]) => (
                <div key={k} lang="en">
                  <code>{k}</code>: {m.join(' ')}
                </div>
              ))}
            </div>
          ) : (
            <ErrorCallout error={create.error} />
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
  const t = useTranslations('newConnector');
  const overview = useQuery(connectOverviewQuery(cluster));
  const [connect, setConnect] = useState('');
  const chosenConnect = connect || overview.data?.connectClusters[0]?.name || '';
  const plugins = useQuery({ ...connectPluginsQuery(cluster, chosenConnect), enabled: Boolean(chosenConnect) });
  const [plugin, setPlugin] = useState('');
  return (
    <div className="stack">
      <PageHead
        title={t('title')}
        sub={t.rich('sub', { link: (chunks) => <Link href={`/clusters/${encodeURIComponent(cluster)}/connect`}>{chunks}</Link> })}
      />
      <Panel title={t('plugin')}>
        <DataView
          query={overview}
          label={t('clustersLabel')}
          isEmpty={(o) => o.connectClusters.length === 0}
          empty={<EmptyState title={t('noConnectTitle')}>{t('noConnectText')}</EmptyState>}
        >
          {(o) => (
            <div className="row controls">
              <label className="field">
                <span>{t('connectCluster')}</span>
                <select value={chosenConnect} onChange={(e) => { setConnect(e.target.value); setPlugin(''); }}>
                  {o.connectClusters.map((c) => (
                    <option key={c.name} value={c.name} disabled={!c.reachable}>
                      {c.reachable ? c.name : t('unreachable', { name: c.name })}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('connectorPlugin')}</span>
                <select value={plugin} onChange={(e) => setPlugin(e.target.value)} disabled={!plugins.data}>
                  <option value="">{plugins.isError ? t('pluginsFailed') : t('choosePlugin')}</option>
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
        <ErrorCallout error={plugins.error} />
      </Panel>
      {plugin && chosenConnect && (
        <Panel title={t('config')} hint={plugin}>
          <PluginForm key={`${chosenConnect}/${plugin}`} cluster={cluster} connect={chosenConnect} plugin={plugin} />
        </Panel>
      )}
    </div>
  );
}
