import 'server-only';
// The audit log: one record per mutation and per message read, search, export and tail, written to a topic
// of the cluster acted on (of the state cluster for sign-ins and tokens). Several console replicas write to
// the same topic. Writing is off the request's path: a slow cluster does not slow the console, and a record
// that cannot be written is logged on the server.
import { randomUUID } from 'node:crypto';
import { browseQuery, produceBody } from '../api/schemas/messages';
import { getClusters } from '../config/clusters';
import { ensureOwnTopic } from '../kafka/own-topics';
import { browseMessages } from '../messages/browse';
import { produceMessage } from '../messages/produce';
import { type AuditRecord, auditRecordSchema } from './audit-record';
import { stateCluster } from './state-store';

export const AUDIT_TOPIC = process.env.FLUXO_AUDIT_TOPIC ?? '__fluxo_audit';
const RETENTION_MS = process.env.FLUXO_AUDIT_RETENTION_MS ?? String(30 * 24 * 3_600_000);
/** Records waiting beyond this are dropped (and said so in the log) rather than filling memory. */
const MAX_PENDING = 10_000;

let pending: Promise<void> = Promise.resolve();
let queued = 0;

export function newAuditId(): string {
  return randomUUID();
}

/** Queues the record; writes happen one after another, in order. */
export function recordAudit(record: AuditRecord): void {
  if (queued >= MAX_PENDING) {
    console.error(`[fluxo] audit: ${queued} records waiting; dropped ${record.action} by ${record.user}`);
    return;
  }
  queued++;
  // A request naming a cluster that is not configured is still recorded, in the state cluster's log.
  const known = record.cluster !== null && getClusters().some((c) => c.name === record.cluster);
  const cluster = known ? record.cluster! : stateCluster();
  pending = pending
    .then(() => writeRecord(cluster, record))
    .catch((err: unknown) => console.error(`[fluxo] audit: could not write ${record.action} by ${record.user} to ${cluster}: ${(err as Error).message}`))
    .finally(() => {
      queued--;
    });
}

/** Resolves once every queued record was written (or failed): for shutdown and tests. */
export function auditFlushed(): Promise<void> {
  return pending;
}

async function writeRecord(cluster: string, record: AuditRecord): Promise<void> {
  await ensureOwnTopic(cluster, {
    name: AUDIT_TOPIC,
    partitions: 3,
    configs: { 'cleanup.policy': 'delete', 'retention.ms': RETENTION_MS },
  });
  await produceMessage(cluster, AUDIT_TOPIC, produceBody.parse({
    key: record.user, value: JSON.stringify(record), valueEncoding: 'json',
  }));
}

export interface AuditFilter {
  user?: string;
  action?: string;
  limit: number;
}

/** The newest records of a cluster's audit topic, newest first, filtered. */
export async function readAudit(cluster: string, filter: AuditFilter): Promise<AuditRecord[]> {
  await ensureOwnTopic(cluster, {
    name: AUDIT_TOPIC,
    partitions: 3,
    configs: { 'cleanup.policy': 'delete', 'retention.ms': RETENTION_MS },
  });
  const page = await browseMessages(cluster, AUDIT_TOPIC, browseQuery.parse({ from: 'newest', limit: 1_000 }));
  const records: AuditRecord[] = [];
  for (const m of page.messages) {
    if (m.value === null) continue;
    let parsed;
    try {
      parsed = auditRecordSchema.safeParse(JSON.parse(m.value));
    } catch {
      continue;
    }
    if (!parsed.success) continue;
    const r = parsed.data;
    if (filter.user && !r.user.includes(filter.user)) continue;
    if (filter.action && !r.action.startsWith(filter.action)) continue;
    records.push(r);
  }
  return records.sort((a, b) => b.timeMs - a.timeMs).slice(0, filter.limit);
}
