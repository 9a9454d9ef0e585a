import { readerSlotMetricLines } from './edge/reader-slots';

// Process-wide counters exposed at GET /api/metrics (Prometheus text). Kept on globalThis so route
// bundles that Next.js loads separately share one set.
interface Counters {
  activeReaders: number;
  messagesScanned: number;
}

const counters: Counters = ((globalThis as { __fluxoMetrics?: Counters }).__fluxoMetrics ??= {
  activeReaders: 0,
  messagesScanned: 0,
});

/** Counts a running reader (search, tail, export) until release() is called, once. */
export function trackReader(): () => void {
  counters.activeReaders++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    counters.activeReaders--;
  };
}

export function countScanned(n: number): void {
  counters.messagesScanned += n;
}

export function metricsText(): string {
  return [
    '# HELP fluxo_active_readers Message readers (search, live tail, export) running now.',
    '# TYPE fluxo_active_readers gauge',
    `fluxo_active_readers ${counters.activeReaders}`,
    '# HELP fluxo_messages_scanned_total Messages read from Kafka by searches, tails and exports.',
    '# TYPE fluxo_messages_scanned_total counter',
    `fluxo_messages_scanned_total ${counters.messagesScanned}`,
    ...readerSlotMetricLines(),
    '',
  ].join('\n');
}
