import 'server-only';
// Lag history: a sampler in the server process snapshots every group on an interval and appends one record
// per group to Fluxo's own topic, so history survives restarts and replicas share it. Every replica samples
// into its own memory (verdicts), but only the holder of the sampler lease (sampler-lease.ts) writes the topic.
// Read-only clusters are never written to: their samples stay in this process's memory only.
import { getCluster } from '../config/clusters';
import { translateKafkaError } from '../kafka/errors';
import { getClusterMetadata } from '../kafka/metadata';
import { appendToOwnTopic, ensureOwnTopic, forgetOwnTopic, readOwnPartitionSince } from '../kafka/own-topics';
import { ensureSamplerLease, holdsSamplerLease } from '../kafka/sampler-lease';
import { decodeSample, encodeSample, type GroupSample, historyPartitionFor } from './history';
import { sharedLagSnapshot, toGroupSample } from './lag-snapshot';

const env = process.env;
export const LAG_HISTORY = {
  intervalMs: Math.max(500, Number(env.FLUXO_LAG_SAMPLE_INTERVAL_MS ?? 30_000)),
  topic: env.FLUXO_LAG_HISTORY_TOPIC ?? '__fluxo_lag_history',
  retentionMs: Number(env.FLUXO_LAG_HISTORY_RETENTION_MS ?? 7 * 24 * 3600_000),
  partitions: Number(env.FLUXO_LAG_HISTORY_PARTITIONS ?? 6),
};

/** In memory per group: enough for verdict windows and, on read-only clusters, the chart (1 h at 30 s). */
const MEMORY_SAMPLES_PER_GROUP = 120;
/** Groups kept in memory per cluster; a cluster with more gets verdicts for the first ones only. */
const MEMORY_GROUPS_MAX = 5_000;
/** A chart read stops after this many bytes of the history partition, however long the range. */
const READ_BUDGET_BYTES = 32 * 1024 * 1024;

interface Sampler {
  timer: NodeJS.Timeout;
  running: boolean;
  memory: Map<string, GroupSample[]>;
  lastError?: string;
}

const samplers: Map<string, Sampler> = ((globalThis as { __fluxoLagSamplers?: Map<string, Sampler> }).__fluxoLagSamplers ??= new Map());

/** Started for every configured cluster when the server starts (instrumentation.ts); idempotent. */
export function ensureLagSampler(clusterName: string): void {
  if (samplers.has(clusterName)) return;
  const sampler: Sampler = { running: false, memory: new Map(), timer: setInterval(() => void tick(clusterName), LAG_HISTORY.intervalMs) };
  sampler.timer.unref();
  samplers.set(clusterName, sampler);
  void tick(clusterName);
}

async function tick(clusterName: string) {
  const sampler = samplers.get(clusterName);
  if (!sampler || sampler.running) return;
  sampler.running = true;
  try {
    const snapshot = await sharedLagSnapshot(clusterName);
    const samples = snapshot.groups.map((g) => toGroupSample(snapshot.takenAtMs, g));
    remember(sampler, samples);
    if (!getCluster(clusterName).readOnly && samples.length) {
      ensureSamplerLease(clusterName);
      if (holdsSamplerLease(clusterName)) await writeSamples(clusterName, samples);
    }
    if (sampler.lastError) console.error(`[fluxo] lag sampler for "${clusterName}" recovered`);
    sampler.lastError = undefined;
  } catch (err) {
    const message = translateKafkaError(err, clusterName).message;
    // One line per failure streak, not one per tick, for a cluster that is down for hours.
    if (message !== sampler.lastError) console.error(`[fluxo] lag sampler for "${clusterName}": ${message}`);
    sampler.lastError = message;
  } finally {
    sampler.running = false;
  }
}

function remember(sampler: Sampler, samples: GroupSample[]) {
  const seen = new Set(samples.map((s) => s.groupId));
  for (const id of sampler.memory.keys()) if (!seen.has(id)) sampler.memory.delete(id);
  for (const s of samples) {
    const list = sampler.memory.get(s.groupId);
    if (!list && sampler.memory.size >= MEMORY_GROUPS_MAX) continue;
    const next = [...(list ?? []), s];
    sampler.memory.set(s.groupId, next.slice(-MEMORY_SAMPLES_PER_GROUP));
  }
}

/** Samples this process took for a group, oldest first (empty before the first tick). */
export function rememberedSamples(clusterName: string, groupId: string): GroupSample[] {
  return samplers.get(clusterName)?.memory.get(groupId) ?? [];
}

async function writeSamples(clusterName: string, samples: GroupSample[]) {
  await ensureOwnTopic(clusterName, {
    name: LAG_HISTORY.topic,
    partitions: LAG_HISTORY.partitions,
    configs: { 'cleanup.policy': 'delete', 'retention.ms': String(LAG_HISTORY.retentionMs) },
  });
  const md = await getClusterMetadata(clusterName);
  const partitionCount = md.topics.find((t) => t.name === LAG_HISTORY.topic)?.partitions.length ?? LAG_HISTORY.partitions;
  try {
    await appendToOwnTopic(
      clusterName,
      LAG_HISTORY.topic,
      samples.map((s) => ({ key: s.groupId, value: encodeSample(s), partition: historyPartitionFor(s.groupId, partitionCount), timestampMs: s.atMs })),
    );
  } catch (err) {
    // Someone may have deleted the topic: check (and create) it again on the next tick.
    forgetOwnTopic(clusterName, LAG_HISTORY.topic);
    throw err;
  }
}

/**
 * A group's samples since sinceMs from the history topic: only the group's own partition, from the
 * offset for that time to the end, within READ_BUDGET_BYTES. Null when the topic does not exist (yet).
 */
export async function readHistory(clusterName: string, groupId: string, sinceMs: number): Promise<GroupSample[] | null> {
  const md = await getClusterMetadata(clusterName);
  const topic = md.topics.find((t) => t.name === LAG_HISTORY.topic);
  if (!topic) return null;
  const partition = historyPartitionFor(groupId, topic.partitions.length);
  const leader = topic.partitions.find((p) => p.partition === partition)?.leader;
  if (leader === undefined || leader < 0) return null;
  const records = await readOwnPartitionSince(clusterName, topic.name, partition, sinceMs, READ_BUDGET_BYTES);
  if (!records) return null;
  const samples: GroupSample[] = [];
  for (const m of records) {
    if (m.key !== groupId || !m.value) continue;
    const sample = decodeSample(m.value);
    if (sample) samples.push(sample);
  }
  return samples.sort((a, b) => a.atMs - b.atMs);
}
