// Pure: proposing where partition replicas should live (an even spread, or every replica off one broker),
// the per-partition diff a person confirms, the checks a hand-written plan must pass, and the replication
// throttle configs a move needs. The first replica of a list is the partition's preferred leader.
import { badRequest } from '../errors';

export interface PartitionReplicas {
  topic: string;
  partition: number;
  replicas: number[];
}

export interface PartitionMove {
  topic: string;
  partition: number;
  currentReplicas: number[];
  proposedReplicas: number[];
  /** Brokers that get a copy of the partition (data is copied to them). */
  addingBrokers: number[];
  /** Brokers whose copy is deleted once the move is done. */
  removingBrokers: number[];
  /** The preferred leader (first replica) changes. */
  leaderChange: boolean;
}

const key = (p: { topic: string; partition: number }) => `${p.topic}\u0000${p.partition}`;
const byPartition = (a: { topic: string; partition: number }, b: { topic: string; partition: number }) =>
  a.topic.localeCompare(b.topic) || a.partition - b.partition;

function countReplicas(brokers: number[], parts: PartitionReplicas[], leadersOnly: boolean): Map<number, number> {
  const counts = new Map(brokers.map((b) => [b, 0]));
  for (const p of parts) {
    for (const b of leadersOnly ? p.replicas.slice(0, 1) : p.replicas) if (counts.has(b)) counts.set(b, counts.get(b)! + 1);
  }
  return counts;
}

/** Brokers from least to most loaded, lower id first on a tie, so plans are the same every time. */
function ascending(counts: Map<number, number>): number[] {
  return [...counts].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([id]) => id);
}

/** The least-loaded counted broker not already holding the partition, counted as taken. */
function takeLeastLoaded(counts: Map<number, number>, holding: number[]): number | undefined {
  const pick = ascending(counts).find((b) => !holding.includes(b));
  if (pick !== undefined) counts.set(pick, counts.get(pick)! + 1);
  return pick;
}

const copy = (parts: PartitionReplicas[]) => [...parts].sort(byPartition).map((p) => ({ ...p, replicas: [...p.replicas] }));

/**
 * Even replica and preferred-leader counts across the live brokers with few moves: a replica on a broker
 * that is gone moves first, then one replica at a time from the most to the least loaded broker until the
 * counts differ by at most one; leaders are evened by reordering replica lists, which copies no data.
 */
export function proposeBalance(liveBrokers: number[], parts: PartitionReplicas[]): PartitionReplicas[] {
  const work = copy(parts);
  const counts = countReplicas(liveBrokers, work, false);
  for (const p of work) {
    p.replicas.forEach((b, i) => {
      if (!counts.has(b)) p.replicas[i] = takeLeastLoaded(counts, p.replicas) ?? b;
    });
  }
  const totalReplicas = work.reduce((n, p) => n + p.replicas.length, 0);
  for (let step = 0; step < totalReplicas; step++) {
    const order = ascending(counts);
    const hi = order[order.length - 1]!;
    const move = order
      .filter((lo) => counts.get(hi)! - counts.get(lo)! > 1)
      .flatMap((lo) => {
        // A follower moves before a leader, so preferred leadership changes as little as possible.
        const holders = work.filter((p) => p.replicas.includes(hi) && !p.replicas.includes(lo));
        const pick = holders.find((p) => p.replicas[0] !== hi) ?? holders[0];
        return pick ? [{ lo, pick }] : [];
      })[0];
    if (!move) break;
    move.pick.replicas[move.pick.replicas.indexOf(hi)] = move.lo;
    counts.set(hi, counts.get(hi)! - 1);
    counts.set(move.lo, counts.get(move.lo)! + 1);
  }
  const leaders = countReplicas(liveBrokers, work, true);
  for (let step = 0; step < work.length; step++) {
    const order = ascending(leaders);
    const hi = order[order.length - 1]!;
    const swap = order
      .filter((lo) => leaders.get(hi)! - leaders.get(lo)! > 1)
      .flatMap((lo) => {
        const pick = work.find((p) => p.replicas[0] === hi && p.replicas.includes(lo));
        return pick ? [{ lo, pick }] : [];
      })[0];
    if (!swap) break;
    const at = swap.pick.replicas.indexOf(swap.lo);
    swap.pick.replicas[at] = hi;
    swap.pick.replicas[0] = swap.lo;
    leaders.set(hi, leaders.get(hi)! - 1);
    leaders.set(swap.lo, leaders.get(swap.lo)! + 1);
  }
  return work;
}

/**
 * Every replica of `brokerId` moved to the least-loaded other live broker, in its place in the list (so a
 * preferred leader is replaced by another). Refused when too few brokers would remain for a partition.
 */
export function proposeDrain(liveBrokers: number[], parts: PartitionReplicas[], brokerId: number): PartitionReplicas[] {
  const work = copy(parts);
  if (!liveBrokers.includes(brokerId) && !work.some((p) => p.replicas.includes(brokerId))) {
    throw badRequest(`Broker ${brokerId} is not in the cluster`);
  }
  const remaining = liveBrokers.filter((b) => b !== brokerId);
  const widest = Math.max(0, ...work.filter((p) => p.replicas.includes(brokerId)).map((p) => p.replicas.length));
  if (remaining.length < widest) {
    throw badRequest(
      `Broker ${brokerId} cannot be drained: ${remaining.length} other live broker(s) remain, fewer than the replication factor ${widest}`,
    );
  }
  const counts = countReplicas(remaining, work, false);
  for (const p of work) {
    const at = p.replicas.indexOf(brokerId);
    if (at < 0) continue;
    p.replicas[at] = takeLeastLoaded(counts, p.replicas)!;
  }
  return work;
}

/** The partitions whose replica list changes, with what each broker gains or loses. */
export function diffPlan(current: PartitionReplicas[], proposed: PartitionReplicas[]): PartitionMove[] {
  const before = new Map(current.map((p) => [key(p), p.replicas]));
  return proposed
    .flatMap((p) => {
      const currentReplicas = before.get(key(p)) ?? [];
      if (currentReplicas.length === p.replicas.length && currentReplicas.every((b, i) => p.replicas[i] === b)) return [];
      return [
        {
          topic: p.topic,
          partition: p.partition,
          currentReplicas,
          proposedReplicas: p.replicas,
          addingBrokers: p.replicas.filter((b) => !currentReplicas.includes(b)),
          removingBrokers: currentReplicas.filter((b) => !p.replicas.includes(b)),
          leaderChange: currentReplicas[0] !== p.replicas[0],
        },
      ];
    })
    .sort(byPartition);
}

/**
 * Checks a plan against the cluster: known partitions, each once, live brokers, no broker twice in a list.
 * A changed replication factor is allowed (Kafka supports it) and answered as a warning.
 */
export function validatePlan(clusterName: string, liveBrokers: number[], current: PartitionReplicas[], plan: PartitionReplicas[]): string[] {
  const known = new Map(current.map((p) => [key(p), p]));
  const topics = new Set(current.map((p) => p.topic));
  const seen = new Set<string>();
  const warnings: string[] = [];
  for (const p of plan) {
    const where = `Partition ${p.partition} of topic "${p.topic}"`;
    if (!topics.has(p.topic)) throw badRequest(`Topic "${p.topic}" does not exist in cluster "${clusterName}"`);
    const now = known.get(key(p));
    if (!now) throw badRequest(`Topic "${p.topic}" has no partition ${p.partition}`);
    if (seen.has(key(p))) throw badRequest(`${where} is in the plan twice`);
    seen.add(key(p));
    if (p.replicas.length === 0) throw badRequest(`${where} needs at least one replica`);
    const twice = p.replicas.find((b, i) => p.replicas.indexOf(b) !== i);
    if (twice !== undefined) throw badRequest(`${where} lists broker ${twice} twice`);
    const unknown = p.replicas.find((b) => !liveBrokers.includes(b));
    if (unknown !== undefined) throw badRequest(`${where}: broker ${unknown} is not a live broker of cluster "${clusterName}"`);
    if (p.replicas.length !== now.replicas.length) {
      warnings.push(`${where} changes its replication factor from ${now.replicas.length} to ${p.replicas.length}`);
    }
  }
  return warnings;
}

export interface ThrottlePlan {
  /** Per topic, the `leader.replication.throttled.replicas` and `follower.replication.throttled.replicas` values. */
  topics: { topic: string; leaderReplicas: string; followerReplicas: string }[];
  /** Brokers that send or receive the copied data, whose throttled rates are set. */
  brokers: number[];
}

/**
 * As kafka-reassign-partitions does: the current replicas are throttled as leaders (they send the data) and
 * the added ones as followers (they fetch it), "partition:broker" pairs joined by commas.
 */
export function planThrottle(moves: PartitionMove[]): ThrottlePlan {
  const topics = new Map<string, { leader: string[]; follower: string[] }>();
  const brokers = new Set<number>();
  for (const m of moves) {
    if (m.addingBrokers.length === 0) continue;
    const t = topics.get(m.topic) ?? { leader: [], follower: [] };
    t.leader.push(...m.currentReplicas.map((b) => `${m.partition}:${b}`));
    t.follower.push(...m.addingBrokers.map((b) => `${m.partition}:${b}`));
    topics.set(m.topic, t);
    for (const b of [...m.currentReplicas, ...m.addingBrokers]) brokers.add(b);
  }
  return {
    topics: [...topics].map(([topic, t]) => ({ topic, leaderReplicas: t.leader.join(','), followerReplicas: t.follower.join(',') })),
    brokers: [...brokers].sort((a, b) => a - b),
  };
}
