// Process-wide counters exposed at GET /api/metrics (Prometheus text). Kept on globalThis so route
// bundles that Next.js loads separately share one set.
interface Counters {
  activeReaders: number;
  messagesScanned: number;
  filterWorkers: number;
  filterEvaluationsStopped: number;
}

const counters: Counters = ((globalThis as { __fluxoMetrics?: Counters }).__fluxoMetrics ??= {
  activeReaders: 0,
  messagesScanned: 0,
  filterWorkers: 0,
  filterEvaluationsStopped: 0,
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

/** Filter worker threads alive now (lib/messages/filter-pool.ts). */
export function setFilterWorkers(n: number): void {
  counters.filterWorkers = n;
}

/** A filter stopped at a limit (time, memory, size, budget). */
export function countFilterStopped(): void {
  counters.filterEvaluationsStopped++;
}

export function metricsText(): string {
  return [
    '# HELP fluxo_active_readers Message readers (search, live tail, export) running now.',
    '# TYPE fluxo_active_readers gauge',
    `fluxo_active_readers ${counters.activeReaders}`,
    '# HELP fluxo_messages_scanned_total Messages read from Kafka by searches, tails and exports.',
    '# TYPE fluxo_messages_scanned_total counter',
    `fluxo_messages_scanned_total ${counters.messagesScanned}`,
    '# HELP fluxo_filter_workers Filter worker threads alive now.',
    '# TYPE fluxo_filter_workers gauge',
    `fluxo_filter_workers ${counters.filterWorkers}`,
    '# HELP fluxo_filter_evaluations_stopped_total Filters stopped at a limit (time, memory, size or request budget).',
    '# TYPE fluxo_filter_evaluations_stopped_total counter',
    `fluxo_filter_evaluations_stopped_total ${counters.filterEvaluationsStopped}`,
    '',
  ].join('\n');
}
