// Pure: where each partition of a reassignment stands, from ListPartitionReassignments (what is still being
// copied or removed) and the partition's metadata (its replicas and in-sync replicas now).
import type { PartitionReplicas } from './reassignment-plan';

export type ReassignmentState = 'in-progress' | 'done' | 'not-applied';

export interface PartitionProgress {
  topic: string;
  partition: number;
  state: ReassignmentState;
  targetReplicas: number[];
  /** The replica list the cluster reports now (during a move: target plus those still to be removed). */
  replicas: number[];
  isr: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

export interface Ongoing {
  topic: string;
  partition: number;
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

export interface PartitionNow {
  topic: string;
  partition: number;
  replicas: number[];
  isr: number[];
}

const key = (p: { topic: string; partition: number }) => `${p.topic}\u0000${p.partition}`;
const sameList = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => b[i] === x);

/**
 * Progress of the given targets, or (targets null) of every move under way, whose target is its replica
 * list less the replicas being removed. A target neither under way nor in place was cancelled or never sent.
 */
export function reassignmentProgress(targets: PartitionReplicas[] | null, ongoing: Ongoing[], now: PartitionNow[]): PartitionProgress[] {
  const moving = new Map(ongoing.map((o) => [key(o), o]));
  const metadata = new Map(now.map((p) => [key(p), p]));
  const wanted = targets ?? ongoing.map((o) => ({ topic: o.topic, partition: o.partition, replicas: o.replicas.filter((b) => !o.removingReplicas.includes(b)) }));
  return wanted.map((t) => {
    const o = moving.get(key(t));
    const md = metadata.get(key(t));
    const replicas = o?.replicas ?? md?.replicas ?? [];
    const state: ReassignmentState = o ? 'in-progress' : sameList(replicas, t.replicas) ? 'done' : 'not-applied';
    return {
      topic: t.topic,
      partition: t.partition,
      state,
      targetReplicas: t.replicas,
      replicas,
      isr: md?.isr ?? [],
      addingReplicas: o?.addingReplicas ?? [],
      removingReplicas: o?.removingReplicas ?? [],
    };
  });
}
