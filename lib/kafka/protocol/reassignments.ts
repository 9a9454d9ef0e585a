import 'server-only';
// AlterPartitionReassignments v0 and ListPartitionReassignments v0 (both flexible; KIP-455): move replicas
// between brokers, cancel a move, and see which moves are still under way. kafkajs 2.2.4 has neither.
// Pure codecs.
import { WireReader, WireWriter } from './wire';

export const ALTER_PARTITION_REASSIGNMENTS = { apiKey: 45, version: 0 } as const;
export const LIST_PARTITION_REASSIGNMENTS = { apiKey: 46, version: 0 } as const;

/** One partition's new replica list; null cancels the reassignment under way. */
export interface ReassignmentTarget {
  topic: string;
  partition: number;
  replicas: number[] | null;
}

export interface PartitionOutcome {
  topic: string;
  partition: number;
  errorCode: number;
  errorMessage: string | null;
}

export interface AlterReassignmentsAnswer {
  errorCode: number;
  errorMessage: string | null;
  partitions: PartitionOutcome[];
}

export interface OngoingReassignment {
  topic: string;
  partition: number;
  /** Every replica the partition has during the move: the target ones and those still to be removed. */
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

export interface ListReassignmentsAnswer {
  errorCode: number;
  errorMessage: string | null;
  reassignments: OngoingReassignment[];
}

/** Targets grouped by topic in first-seen order, as both requests carry them. */
function byTopic<T extends { topic: string }>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.topic, [...(groups.get(item.topic) ?? []), item]);
  return [...groups];
}

export function encodeAlterPartitionReassignments(targets: ReassignmentTarget[], timeoutMs: number): Buffer {
  return new WireWriter()
    .int32(timeoutMs)
    .compactArray(byTopic(targets), (t, [topic, parts]) => {
      t.compactString(topic)
        .compactArray(parts, (p, { partition, replicas }) => {
          p.int32(partition);
          if (replicas === null) p.uvarint(0);
          else p.compactArray(replicas, (r, id) => r.int32(id));
          p.noTags();
        })
        .noTags();
    })
    .noTags()
    .toBuffer();
}

export function decodeAlterPartitionReassignments(buf: Buffer): AlterReassignmentsAnswer {
  const r = new WireReader(buf);
  r.tags();
  r.int32(); // throttle_time_ms
  const errorCode = r.int16();
  const errorMessage = r.compactString();
  const partitions: PartitionOutcome[] = [];
  r.compactArray((t) => {
    const topic = t.compactString() ?? '';
    t.compactArray((p) => {
      partitions.push({ topic, partition: p.int32(), errorCode: p.int16(), errorMessage: p.compactString() });
      p.tags();
    });
    t.tags();
  });
  r.tags();
  return { errorCode, errorMessage, partitions };
}

/** Partitions to ask about, or null for every reassignment under way in the cluster. */
export function encodeListPartitionReassignments(partitions: { topic: string; partition: number }[] | null, timeoutMs: number): Buffer {
  const w = new WireWriter().int32(timeoutMs);
  if (partitions === null) w.uvarint(0);
  else {
    w.compactArray(byTopic(partitions), (t, [topic, parts]) => {
      t.compactString(topic).compactArray(parts, (p, { partition }) => p.int32(partition)).noTags();
    });
  }
  return w.noTags().toBuffer();
}

export function decodeListPartitionReassignments(buf: Buffer): ListReassignmentsAnswer {
  const r = new WireReader(buf);
  r.tags();
  r.int32(); // throttle_time_ms
  const errorCode = r.int16();
  const errorMessage = r.compactString();
  const ids = (a: WireReader) => a.compactArray((x) => x.int32());
  const reassignments: OngoingReassignment[] = [];
  r.compactArray((t) => {
    const topic = t.compactString() ?? '';
    t.compactArray((p) => {
      reassignments.push({ topic, partition: p.int32(), replicas: ids(p), addingReplicas: ids(p), removingReplicas: ids(p) });
      p.tags();
    });
    t.tags();
  });
  r.tags();
  return { errorCode, errorMessage, reassignments };
}
