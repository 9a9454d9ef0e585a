// Event-time tumbling windows of one minute per currency and status, for the events of one input partition.
// The watermark is the largest occurredAt seen minus the grace period: an event whose window ended at or
// before the watermark is dropped (and counted); any other event updates its window, even if it is late.
// Pure state: the aggregator feeds it events and persists what `takeChanged()` returns.
import type { ParsedPayment, PaymentStatus } from './event';
import type { Currency } from './money';
import { QuantileSketch } from './sketch';
import { TopPayers } from './top-payers';

export const WINDOW_MS = 60_000;

export interface WindowAggregate {
  startMs: number;
  currency: Currency;
  status: PaymentStatus;
  count: number;
  sumMinor: bigint;
  minMinor: bigint;
  maxMinor: bigint;
  sketch: QuantileSketch;
  payers: TopPayers;
}

export const windowStartOf = (ms: number) => Math.floor(ms / WINDOW_MS) * WINDOW_MS;

const keyOf = (startMs: number, currency: string, status: string) => `${startMs}|${currency}|${status}`;

export class PartitionWindows {
  /** Largest event time seen; null before the first event. */
  maxEventMs: number | null = null;
  droppedLate = 0;
  private readonly open = new Map<string, WindowAggregate>();
  private readonly changed = new Set<string>();

  constructor(private readonly graceMs: number) {}

  /** Rebuilds state from what was persisted: progress plus the windows that were still open. */
  static restore(graceMs: number, progress: { maxEventMs: number | null; droppedLate: number }, windows: WindowAggregate[]) {
    const state = new PartitionWindows(graceMs);
    state.maxEventMs = progress.maxEventMs;
    state.droppedLate = progress.droppedLate;
    for (const w of windows) {
      if (!state.isClosed(w.startMs)) state.open.set(keyOf(w.startMs, w.currency, w.status), w);
    }
    return state;
  }

  get watermarkMs(): number | null {
    return this.maxEventMs === null ? null : this.maxEventMs - this.graceMs;
  }

  isClosed(windowStartMs: number): boolean {
    const watermark = this.watermarkMs;
    return watermark !== null && windowStartMs + WINDOW_MS <= watermark;
  }

  /** Counts the event into its window, or drops it when that window is already closed. */
  add(event: ParsedPayment): 'counted' | 'dropped' {
    const startMs = windowStartOf(event.occurredAtMs);
    if (this.isClosed(startMs)) {
      this.droppedLate += 1;
      return 'dropped';
    }
    const key = keyOf(startMs, event.currency, event.status);
    const amount = BigInt(event.amountMinor);
    let w = this.open.get(key);
    if (!w) {
      w = {
        startMs,
        currency: event.currency,
        status: event.status,
        count: 0,
        sumMinor: 0n,
        minMinor: amount,
        maxMinor: amount,
        sketch: new QuantileSketch(),
        payers: new TopPayers(),
      };
      this.open.set(key, w);
    }
    w.count += 1;
    w.sumMinor += amount;
    if (amount < w.minMinor) w.minMinor = amount;
    if (amount > w.maxMinor) w.maxMinor = amount;
    w.sketch.add(Number(amount));
    w.payers.add(event.payer, amount);
    this.changed.add(key);
    if (this.maxEventMs === null || event.occurredAtMs > this.maxEventMs) this.maxEventMs = event.occurredAtMs;
    return 'counted';
  }

  /** Windows changed since the last call, then forgets windows the watermark has closed. */
  takeChanged(): WindowAggregate[] {
    const changed = [...this.changed].map((k) => this.open.get(k)!);
    this.changed.clear();
    for (const [key, w] of this.open) if (this.isClosed(w.startMs)) this.open.delete(key);
    return changed;
  }

  get openWindowCount(): number {
    return this.open.size;
  }
}
