'use client';
// The filter: quick filters that write JSONata, or JSONata by hand; plus the range to scan.
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { quickFilterExpression } from '@/lib/messages/quick-filter';

export interface SearchSettings {
  filter: string;
  from: string;
  to: string;
  partitions: string;
  limit: number;
}

interface Props {
  running: boolean;
  onStart: (settings: SearchSettings) => void;
  onCancel: () => void;
}

export function SearchForm({ running, onStart, onCancel }: Props) {
  const t = useTranslations('messages');
  const [keyEquals, setKeyEquals] = useState('');
  const [valueContains, setValueContains] = useState('');
  const [filter, setFilter] = useState('');
  const [from, setFrom] = useState('oldest');
  const [partitions, setPartitions] = useState('');
  const [limit, setLimit] = useState(100);
  const applyQuick = (next: { keyEquals?: string; valueContains?: string }) => {
    const k = next.keyEquals ?? keyEquals;
    const v = next.valueContains ?? valueContains;
    setKeyEquals(k);
    setValueContains(v);
    setFilter(quickFilterExpression({ keyEquals: k, valueContains: v }));
  };
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onStart({ filter, from, to: 'newest', partitions: partitions.replace(/\s/g, ''), limit });
      }}
    >
      <div className="row">
        <label className="field">
          <span>{t('keyEquals')}</span>
          <input type="text" value={keyEquals} onChange={(e) => applyQuick({ keyEquals: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('valueContains')}</span>
          <input type="text" value={valueContains} onChange={(e) => applyQuick({ valueContains: e.target.value })} />
        </label>
      </div>
      <label className="field wide">
        <span>{t('filter')}</span>
        <textarea
          rows={2}
          className="mono"
          placeholder='value.amount > 100 and headers.source = "web"'
          value={filter}
          maxLength={4096}
          onChange={(e) => setFilter(e.target.value)}
        />
      </label>
      <div className="row">
        <label className="field">
          <span>{t('scanFrom')}</span>
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value="oldest">{t('oldest')}</option>
            <option value={`timestamp:${new Date(Date.now() - 3_600_000).toISOString()}`}>{t('lastHour')}</option>
            <option value={`timestamp:${new Date(Date.now() - 86_400_000).toISOString()}`}>{t('lastDay')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('partitions')}</span>
          <input type="text" placeholder={t('partitionsPlaceholder')} value={partitions} onChange={(e) => setPartitions(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('maxResults')}</span>
          <input type="number" min={1} max={1000} value={limit} onChange={(e) => setLimit(Number(e.target.value))} />
        </label>
        {running ? (
          <button type="button" className="button danger" onClick={onCancel}>
            {t('cancelSearch')}
          </button>
        ) : (
          <button type="submit" className="button primary">
            {t('search')}
          </button>
        )}
      </div>
    </form>
  );
}
