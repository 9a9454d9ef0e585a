// Caps on concurrent message readers (search, export, live tail), per cluster and per client, so a burst
// from one browser or script cannot starve the console or load the cluster without bound. Beyond a cap the
// request is refused with 429 and Retry-After before any Kafka work starts. Kept on globalThis: Next.js
// loads route bundles separately, and the caps are for the whole process.
import { FluxoError } from '../errors';
import { metricLines } from '../prometheus';
import { positiveIntSetting } from './settings';

export interface ReaderCaps {
  perCluster: number;
  perClient: number;
}

/** Room for the Kafka-layer goal of 50 tails and 10 searches from one client, with some to spare. */
export const DEFAULT_READER_CAPS: ReaderCaps = { perCluster: 100, perClient: 64 };
/** Readers last seconds to minutes; a retry sooner than this would most likely be refused again. */
export const RETRY_AFTER_SECONDS = 5;

export interface ReaderSlotsSnapshot {
  caps: ReaderCaps;
  activeByCluster: Record<string, number>;
  refusedTotal: number;
}

export class ReaderSlots {
  private readonly byCluster = new Map<string, number>();
  private readonly byClient = new Map<string, number>();
  private refused = 0;

  constructor(private readonly caps: () => ReaderCaps) {}

  /** Takes a slot or throws 429; the returned release is safe to call more than once. */
  acquire(cluster: string, client: string): () => void {
    const caps = this.caps();
    const clusterCount = this.byCluster.get(cluster) ?? 0;
    const clientKey = `${cluster}\u0000${client}`;
    const clientCount = this.byClient.get(clientKey) ?? 0;
    if (clusterCount >= caps.perCluster || clientCount >= caps.perClient) {
      this.refused++;
      const which =
        clientCount >= caps.perClient
          ? `this client already runs ${clientCount} searches, exports and tails on cluster "${cluster}" (limit ${caps.perClient})`
          : `cluster "${cluster}" already serves ${clusterCount} searches, exports and tails (limit ${caps.perCluster})`;
      throw new FluxoError('too_many_requests', `Too many concurrent readers: ${which}; close some and retry`, {
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
      });
    }
    this.byCluster.set(cluster, clusterCount + 1);
    this.byClient.set(clientKey, clientCount + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      decrement(this.byCluster, cluster);
      decrement(this.byClient, clientKey);
    };
  }

  snapshot(): ReaderSlotsSnapshot {
    return { caps: this.caps(), activeByCluster: Object.fromEntries(this.byCluster), refusedTotal: this.refused };
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const n = (counts.get(key) ?? 0) - 1;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

/** FLUXO_MAX_READERS_PER_CLUSTER and FLUXO_MAX_READERS_PER_CLIENT, else the defaults. */
export function readerCapsFromEnv(): ReaderCaps {
  return {
    perCluster: positiveIntSetting('FLUXO_MAX_READERS_PER_CLUSTER', DEFAULT_READER_CAPS.perCluster),
    perClient: positiveIntSetting('FLUXO_MAX_READERS_PER_CLIENT', DEFAULT_READER_CAPS.perClient),
  };
}

export const readerSlots: ReaderSlots = ((globalThis as { __fluxoReaderSlots?: ReaderSlots }).__fluxoReaderSlots ??= new ReaderSlots(readerCapsFromEnv));

/** Prometheus lines for GET /api/metrics: the caps, readers holding a slot per cluster, refusals. */
export function readerSlotMetricLines(slots: ReaderSlots = readerSlots): string[] {
  const { caps, activeByCluster, refusedTotal } = slots.snapshot();
  return [
    ...metricLines('gauge', 'fluxo_reader_cap_per_cluster', 'Concurrent searches, exports and tails allowed per cluster (FLUXO_MAX_READERS_PER_CLUSTER).', caps.perCluster),
    ...metricLines('gauge', 'fluxo_reader_cap_per_client', 'Concurrent searches, exports and tails allowed per client and cluster (FLUXO_MAX_READERS_PER_CLIENT).', caps.perClient),
    ...metricLines(
      'gauge',
      'fluxo_reader_slots_in_use',
      'Reader slots held now, per cluster.',
      Object.entries(activeByCluster).map(([cluster, n]) => `fluxo_reader_slots_in_use{cluster=${JSON.stringify(cluster)}} ${n}`),
    ),
    ...metricLines('counter', 'fluxo_reader_refused_total', 'Readers refused with 429 because a cap was reached.', refusedTotal),
  ];
}
