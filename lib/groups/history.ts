// Lag history: one record per group per sampling cycle in Fluxo's own topic, read back for charts and
// verdicts. Pure: encoding, the partition a group's records live in, and the series a chart draws.
import { z } from '../zod';
import { computePartitionLag } from './lag';
import { evaluatePartition, type LagSample, type Verdict, type VerdictResult, worstVerdict } from './verdict';

export interface SampledPartition {
  topic: string;
  partition: number;
  committedOffset: number | null;
  logStartOffset: number;
  logEndOffset: number;
  assigned: boolean;
}

export interface GroupSample {
  groupId: string;
  atMs: number;
  partitions: SampledPartition[];
}

// Compact rows keep a 240-partition group near 10 KB per record.
const recordSchema = z.object({
  v: z.literal(1),
  g: z.string(),
  at: z.number(),
  p: z.array(z.tuple([z.string(), z.number(), z.number().nullable(), z.number(), z.number(), z.union([z.literal(0), z.literal(1)])])),
});

export function encodeSample(s: GroupSample): string {
  return JSON.stringify({
    v: 1,
    g: s.groupId,
    at: s.atMs,
    p: s.partitions.map((p) => [p.topic, p.partition, p.committedOffset, p.logStartOffset, p.logEndOffset, p.assigned ? 1 : 0]),
  });
}

/** A record another Fluxo version wrote (or garbage) decodes to null and is skipped. */
export function decodeSample(value: string): GroupSample | null {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return null;
  }
  const parsed = recordSchema.safeParse(json);
  if (!parsed.success) return null;
  const r = parsed.data;
  return {
    groupId: r.g,
    atMs: r.at,
    partitions: r.p.map(([topic, partition, committedOffset, logStartOffset, logEndOffset, assigned]) => ({
      topic,
      partition,
      committedOffset,
      logStartOffset,
      logEndOffset,
      assigned: assigned === 1,
    })),
  };
}

/** FNV-1a: every replica puts a group's samples in the same partition, so a chart reads one partition. */
export function historyPartitionFor(groupId: string, partitionCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < groupId.length; i++) {
    hash ^= groupId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % Math.max(1, partitionCount);
}

const partitionKey = (p: { topic: string; partition: number }) => `${p.topic}\u0000${p.partition}`;

function toLagSample(atMs: number, p: SampledPartition): LagSample {
  return { atMs, committedOffset: p.committedOffset, logStartOffset: p.logStartOffset, logEndOffset: p.logEndOffset, assigned: p.assigned, lag: computePartitionLag(p.committedOffset, p).lag };
}

export interface GroupVerdict extends VerdictResult {
  partitions: Map<string, VerdictResult>;
}

/** Each partition judged over its own samples; the group takes the worst, with that partition's reason. */
export function evaluateGroup(samples: GroupSample[], windowSamples?: number): GroupVerdict {
  const perPartition = new Map<string, LagSample[]>();
  for (const s of samples) {
    for (const p of s.partitions) {
      const key = partitionKey(p);
      const list = perPartition.get(key) ?? [];
      list.push(toLagSample(s.atMs, p));
      perPartition.set(key, list);
    }
  }
  // Partitions the group no longer has (topic deleted, offsets deleted) do not judge it.
  const current = new Set((samples.at(-1)?.partitions ?? []).map(partitionKey));
  const partitions = new Map<string, VerdictResult>();
  for (const [key, list] of perPartition) if (current.has(key)) partitions.set(key, evaluatePartition(list, windowSamples));
  const verdict = worstVerdict([...partitions.values()].map((v) => v.verdict));
  const reason = [...partitions.values()].find((v) => v.verdict === verdict)?.reason ?? 'No samples yet';
  return { verdict, reason, partitions };
}

export function partitionVerdictKey(topic: string, partition: number): string {
  return partitionKey({ topic, partition });
}

export interface LagPoint {
  atMs: number;
  totalLag: number;
  byTopic: Record<string, number>;
  verdict: Verdict;
}

/**
 * Chart series, oldest first: total and per-topic lag at each sample, and the group verdict as it stood
 * then. Long histories are thinned to maxPoints after judging, so verdict changes are never lost to thinning.
 */
export function buildLagSeries(samples: GroupSample[], maxPoints = 300, windowSamples?: number): LagPoint[] {
  const sorted = [...samples].sort((a, b) => a.atMs - b.atMs);
  const points: LagPoint[] = sorted.map((s, i) => {
    const byTopic: Record<string, number> = {};
    let totalLag = 0;
    for (const p of s.partitions) {
      const { lag } = computePartitionLag(p.committedOffset, p);
      byTopic[p.topic] = (byTopic[p.topic] ?? 0) + lag;
      totalLag += lag;
    }
    const window = sorted.slice(Math.max(0, i + 1 - (windowSamples ?? 10)), i + 1);
    return { atMs: s.atMs, totalLag, byTopic, verdict: evaluateGroup(window, windowSamples).verdict };
  });
  if (points.length <= maxPoints) return points;
  const step = Math.ceil(points.length / maxPoints);
  return points.filter((p, i) => i % step === 0 || i === points.length - 1 || p.verdict !== points[i - 1]!.verdict);
}
