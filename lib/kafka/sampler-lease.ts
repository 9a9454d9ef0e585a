import 'server-only';
// The lag sampler writes from one console replica at a time. The replicas of a cluster form a consumer group
// on a one-partition lease topic; the member assigned its partition holds the lease. A replica that dies stops
// heartbeating: after the session timeout (shorter than a sample interval) Kafka's coordinator hands the
// partition to another member. Kafka is the only arbiter, so there is no second datastore to run.
import type { Consumer } from 'kafkajs';
import { kafkaFor } from './client';
import { translateKafkaError } from './errors';
import { ensureOwnTopic } from './own-topics';

const env = process.env;
export const SAMPLER_LEASE = {
  topic: env.FLUXO_LAG_LEASE_TOPIC ?? '__fluxo_lag_sampler_lease',
  groupId: env.FLUXO_LAG_LEASE_GROUP ?? 'fluxo-lag-sampler',
  /** Kafka's default group.min.session.timeout.ms is 6 s; a dead holder is replaced after this. */
  sessionTimeoutMs: Math.max(6_000, Number(env.FLUXO_LAG_LEASE_SESSION_TIMEOUT_MS ?? 10_000)),
};

interface Lease {
  consumer: Consumer;
  holding: boolean;
  started: Promise<void>;
}

const leases: Map<string, Lease> = ((globalThis as { __fluxoSamplerLeases?: Map<string, Lease> }).__fluxoSamplerLeases ??= new Map());

/** Joins the lease group of this cluster (idempotent). Until the first assignment, this replica does not hold it. */
export function ensureSamplerLease(clusterName: string): void {
  if (leases.has(clusterName)) return;
  const consumer = kafkaFor(clusterName).consumer({
    groupId: SAMPLER_LEASE.groupId,
    sessionTimeout: SAMPLER_LEASE.sessionTimeoutMs,
    rebalanceTimeout: SAMPLER_LEASE.sessionTimeoutMs,
    heartbeatInterval: Math.max(500, Math.floor(SAMPLER_LEASE.sessionTimeoutMs / 10)),
    allowAutoTopicCreation: false,
  });
  const lease: Lease = { consumer, holding: false, started: Promise.resolve() };
  const { GROUP_JOIN, REBALANCING, CRASH, DISCONNECT, STOP } = consumer.events;
  consumer.on(GROUP_JOIN, (e) => {
    lease.holding = (e.payload.memberAssignment[SAMPLER_LEASE.topic] ?? []).includes(0);
  });
  for (const lost of [REBALANCING, CRASH, DISCONNECT, STOP]) consumer.on(lost, () => void (lease.holding = false));
  lease.started = (async () => {
    await ensureOwnTopic(clusterName, { name: SAMPLER_LEASE.topic, partitions: 1, configs: {} });
    await consumer.connect();
    await consumer.subscribe({ topics: [SAMPLER_LEASE.topic] });
    // Nothing is ever written to the lease topic: running only keeps this member heartbeating.
    await consumer.run({ autoCommit: false, eachMessage: async () => {} });
  })().catch((err: unknown) => {
    // Try again on the next sample tick.
    leases.delete(clusterName);
    void consumer.disconnect().catch(() => {});
    console.error(`[fluxo] lag sampler lease for "${clusterName}": ${translateKafkaError(err, clusterName).message}`);
  });
  leases.set(clusterName, lease);
}

export function holdsSamplerLease(clusterName: string): boolean {
  return leases.get(clusterName)?.holding ?? false;
}
