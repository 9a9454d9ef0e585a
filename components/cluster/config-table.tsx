'use client';
// A configuration listing: search by name, overrides apart from defaults, sensitive values masked.
import { useMemo, useState } from 'react';
import type { ConfigEntry } from '@/lib/api/schemas/cluster';
import { filterConfigEntries } from '@/lib/cluster/config-filter';
import { EmptyState } from '../ui/data-state';
import { useTranslations } from 'use-intl';
import { CopyButton } from '../ui/copy-button';

const SOURCE_LABEL = {
  default: 'sourceDefault',
  'static-broker': 'sourceStaticBroker',
  'dynamic-broker': 'sourceDynamicBroker',
  'dynamic-default-broker': 'sourceDynamicDefaultBroker',
  'dynamic-topic': 'sourceDynamicTopic',
  'dynamic-broker-logger': 'sourceDynamicBrokerLogger',
  unknown: 'sourceUnknown',
} as const satisfies Record<ConfigEntry['source'], string>;

/** Where a value comes from, in the reader's words: "dynamic (this broker)". */
export function useConfigSourceName() {
  const t = useTranslations('config');
  return (source: ConfigEntry['source']) => t(SOURCE_LABEL[source]);
}

export function ConfigTable({ entries }: { entries: ConfigEntry[] }) {
  const t = useTranslations('config');
  const [search, setSearch] = useState('');
  const [overridesOnly, setOverridesOnly] = useState(false);
  const shown = useMemo(() => filterConfigEntries(entries, { search, overridesOnly }), [entries, search, overridesOnly]);

  return (
    <div className="stack" style={{ gap: 12 }}>
      <div className="row">
        <input
          type="search"
          placeholder={t('filter')}
          aria-label={t('filterLabel')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 280 }}
        />
        <label className="row" style={{ gap: 6 }}>
          <input type="checkbox" checked={overridesOnly} onChange={(e) => setOverridesOnly(e.target.checked)} />
          {t('overridesOnly')}
        </label>
        <span className="muted">
          {t('shown', { shown: shown.length, total: entries.length })}
        </span>
      </div>
      {shown.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('value')}</th>
                <th scope="col">{t('source')}</th>
                <th scope="col">{t('flags')}</th>
                <th scope="col">{t('description')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.name}>
                  <td className="mono wrap">{e.name}</td>
                  <td className="mono wrap">
                    {e.sensitive ? (
                      <span className="muted" title={t('sensitiveTitle')}>••••••</span>
                    ) : e.value === null ? (
                      <span className="muted">null</span>
                    ) : (
                      <>
                        {e.value}
                        {e.display && <div className="muted">{e.display}</div>}
                        <CopyButton text={e.value} what={`${e.name}=${e.value}`} />
                      </>
                    )}
                  </td>
                  <td>
                    <span className={e.source === 'default' ? 'badge muted' : 'badge info'}>{t(SOURCE_LABEL[e.source])}</span>
                  </td>
                  <td>
                    <span className="row" style={{ gap: 4 }}>
                      {e.readOnly && <span className="badge muted">{t('readOnly')}</span>}
                      {e.sensitive && <span className="badge warn">{t('sensitive')}</span>}
                    </span>
                  </td>
                  {/* Kafka's own documentation, in English whatever the interface language. */}
                  <td className="muted wrap" style={{ minWidth: 240, fontSize: 12 }} lang="en">
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
