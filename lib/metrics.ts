import { readerSlotMetricLines } from './edge/reader-slots';
import { metricLines } from './prometheus';

// Process-wide counters exposed at GET /api/metrics (Prometheus text). Kept on globalThis so route
// bundles that Next.js loads separately share one set.
interface Counters {
  activeReaders: number;
  messagesScanned: number;
  /** Fetch requests sent by the partition reader and the live tails' shared long polls. */
  fetchRequests?: number;
  /** Requests of the partition I/O waiting for an answer, per "cluster\u0000broker id". */
  brokerInFlight?: Map<string, number>;
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

/** Counts one Fetch request (all the partitions it asks a broker for). */
export function countFetchRequest(): void {
  counters.fetchRequests = (counters.fetchRequests ?? 0) + 1;
}

/** Counts a request to a broker as in flight until done() is called, once; no cluster name, no count. */
export function trackBrokerRequest(cluster: string, brokerId: number): () => void {
  if (!cluster) return () => {};
  const inFlight = (counters.brokerInFlight ??= new Map());
  const key = `${cluster}\u0000${brokerId}`;
  inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    inFlight.set(key, (inFlight.get(key) ?? 1) - 1);
  };
}

const label = (text: string) => text.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));

function brokerInFlightLines(): string[] {
  return [...(counters.brokerInFlight ?? new Map<string, number>())].map(([key, n]) => {
    const [cluster, broker] = key.split('\u0000');
    return `fluxo_broker_requests_in_flight{cluster="${label(cluster ?? '')}",broker="${broker}"} ${n}`;
  });
}

/** Filter worker threads alive now (lib/messages/filter-pool.ts). */
export function setFilterWorkers(n: number): void {
  counters.filterWorkers = n;
}

/** A filter stopped at a limit (time, memory, size, budget). */
export function countFilterStopped(): void {
  counters.filterEvaluationsStopped++;
}

/** The process's memory, named as Prometheus's Node.js client names it, so the usual dashboards apply. */
function processMemoryLines(): string[] {
  const m = process.memoryUsage();
  return [
    ...metricLines('gauge', 'process_resident_memory_bytes', 'Resident memory size in bytes.', m.rss),
    ...metricLines('gauge', 'nodejs_heap_size_used_bytes', 'V8 heap in use, in bytes.', m.heapUsed),
    ...metricLines('gauge', 'nodejs_heap_size_total_bytes', 'V8 heap reserved, in bytes.', m.heapTotal),
    ...metricLines('gauge', 'nodejs_external_memory_bytes', 'Memory of buffers and other objects outside the V8 heap, in bytes.', m.external),
  ];
}

export function metricsText(): string {
  return [
    ...metricLines('gauge', 'fluxo_active_readers', 'Message readers (search, live tail, export) running now.', counters.activeReaders),
    ...metricLines('counter', 'fluxo_messages_scanned_total', 'Messages read from Kafka by searches, tails and exports.', counters.messagesScanned),
    ...readerSlotMetricLines(),
    ...metricLines('counter', 'fluxo_fetch_requests_total', 'Fetch requests sent to brokers by message readers (one per broker and round).', counters.fetchRequests ?? 0),
    ...metricLines('gauge', 'fluxo_broker_requests_in_flight', 'Fetch and ListOffsets requests of message readers awaiting a broker now.', brokerInFlightLines()),
    ...metricLines('gauge', 'fluxo_filter_workers', 'Filter worker threads alive now.', counters.filterWorkers),
    ...metricLines('counter', 'fluxo_filter_evaluations_stopped_total', 'Filters stopped at a limit (time, memory, size or request budget).', counters.filterEvaluationsStopped),
    ...processMemoryLines(),
    '',
  ].join('\n');
}
