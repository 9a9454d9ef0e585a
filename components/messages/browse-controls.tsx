'use client';
// Where a page of messages starts: partitions, position, order, page size.
import { useState } from 'react';

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
  const [mode, setMode] = useState<Mode>(modeOf(value.from));
  const [at, setAt] = useState(value.from.includes(':') ? value.from.slice(value.from.indexOf(':') + 1) : '');
  const [partitions, setPartitions] = useState(value.partitions);
  const [order, setOrder] = useState(value.order);
  const [limit, setLimit] = useState(value.limit);
  const from = mode === 'offset' || mode === 'timestamp' ? `${mode}:${mode === 'timestamp' && at ? new Date(at).toISOString() : at}` : mode;
  return (
    <form
      className="row controls"
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ partitions: partitions.replace(/\s/g, ''), from, order, limit });
      }}
    >
      <label className="field">
        <span>Start</span>
        <select value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
          <option value="newest">Newest</option>
          <option value="oldest">Oldest</option>
          <option value="offset">Offset</option>
          <option value="timestamp">Timestamp</option>
        </select>
      </label>
      {mode === 'offset' && (
        <label className="field">
          <span>Offset</span>
          <input type="number" min={0} value={at} onChange={(e) => setAt(e.target.value)} required />
        </label>
      )}
      {mode === 'timestamp' && (
        <label className="field">
          <span>Time (local)</span>
          <input type="datetime-local" step={1} value={at} onChange={(e) => setAt(e.target.value)} required />
        </label>
      )}
      <label className="field">
        <span>Partitions</span>
        <input type="text" placeholder="all, or 0,2" value={partitions} onChange={(e) => setPartitions(e.target.value)} pattern="[\d,\s]*" />
      </label>
      <label className="field">
        <span>Order</span>
        <select value={order} onChange={(e) => setOrder(e.target.value as BrowseSettings['order'])}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </label>
      <label className="field">
        <span>Per page</span>
        <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
          {[20, 50, 100, 500].map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="button primary">
        Show messages
      </button>
    </form>
  );
}
