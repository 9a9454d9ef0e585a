'use client';
// Where a page of messages starts: partitions, position, order, page size.
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { fromDateTimeInput } from '@/lib/format/format';
import { useFormat } from '@/lib/format/use-format';

export interface BrowseSettings {
  partitions: string;
  from: string;
  order: 'newest' | 'oldest';
  limit: number;
}

type Mode = 'newest' | 'oldest' | 'offset' | 'timestamp';

function modeOf(from: string): Mode {
  if (from.startsWith('offset:')) return 'offset';
  if (from.startsWith('timestamp:')) return 'timestamp';
  return from === 'oldest' ? 'oldest' : 'newest';
}

export function BrowseControls({ value, onApply }: { value: BrowseSettings; onApply: (next: BrowseSettings) => void }) {
  const t = useTranslations('messages');
  const f = useFormat();
  const [mode, setMode] = useState<Mode>(modeOf(value.from));
  const [at, setAt] = useState(value.from.includes(':') ? value.from.slice(value.from.indexOf(':') + 1) : '');
  const [partitions, setPartitions] = useState(value.partitions);
  const [order, setOrder] = useState(value.order);
  const [limit, setLimit] = useState(value.limit);
  const from = mode === 'offset' || mode === 'timestamp' ? `${mode}:${mode === 'timestamp' && at ? new Date(fromDateTimeInput(at.slice(0, 16), f.time)).toISOString() : at}` : mode;
  return (
    <form
      className="row controls"
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ partitions: partitions.replace(/\s/g, ''), from, order, limit });
      }}
    >
      <label className="field">
        <span>{t('start')}</span>
        <select value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
          <option value="newest">{t('newest')}</option>
          <option value="oldest">{t('oldest')}</option>
          <option value="offset">{t('atOffset')}</option>
          <option value="timestamp">{t('atTimestamp')}</option>
        </select>
      </label>
      {mode === 'offset' && (
        <label className="field">
          <span>{t('atOffset')}</span>
          <input type="number" min={0} value={at} onChange={(e) => setAt(e.target.value)} required />
        </label>
      )}
      {mode === 'timestamp' && (
        <label className="field">
          <span>{t('timeIn', { zone: f.zone() })}</span>
          <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} required />
        </label>
      )}
      <label className="field">
        <span>{t('partitions')}</span>
        <input type="text" placeholder={t('partitionsPlaceholder')} value={partitions} onChange={(e) => setPartitions(e.target.value)} pattern="[\d,\s]*" />
      </label>
      <label className="field">
        <span>{t('order')}</span>
        <select value={order} onChange={(e) => setOrder(e.target.value as BrowseSettings['order'])}>
          <option value="newest">{t('newestFirst')}</option>
          <option value="oldest">{t('oldestFirst')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('perPage')}</span>
        <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
          {[20, 50, 100, 500].map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="button primary">
        {t('show')}
      </button>
    </form>
  );
}
