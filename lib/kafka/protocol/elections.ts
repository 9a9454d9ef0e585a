import 'server-only';
// ElectLeaders v2 (flexible; KIP-460): move leadership back to each partition's preferred replica.
// kafkajs 2.2.4 has no ElectLeaders. Pure codecs.
import { WireReader, WireWriter } from './wire';

export const ELECT_LEADERS = { apiKey: 43, version: 2 } as const;
export const ELECTION_TYPE = { preferred: 0, unclean: 1 } as const;

export interface ElectionResult {
  topic: string;
  partition: number;
  errorCode: number;
  errorMessage: string | null;
}

export interface ElectLeadersAnswer {
  errorCode: number;
  results: ElectionResult[];
}

/** Partitions to elect for, or null for every partition of the cluster. */
export function encodeElectLeaders(partitions: { topic: string; partitions: number[] }[] | null, timeoutMs: number): Buffer {
  const w = new WireWriter().int8(ELECTION_TYPE.preferred);
  if (partitions === null) w.uvarint(0);
  else {
    w.compactArray(partitions, (t, { topic, partitions: ids }) => {
      t.compactString(topic).compactArray(ids, (p, id) => p.int32(id)).noTags();
    });
  }
  return w.int32(timeoutMs).noTags().toBuffer();
}

export function decodeElectLeaders(buf: Buffer): ElectLeadersAnswer {
  const r = new WireReader(buf);
  r.tags();
  r.int32(); // throttle_time_ms
  const errorCode = r.int16();
  const results: ElectionResult[] = [];
  r.compactArray((t) => {
    const topic = t.compactString() ?? '';
    t.compactArray((p) => {
      results.push({ topic, partition: p.int32(), errorCode: p.int16(), errorMessage: p.compactString() });
      p.tags();
    });
    t.tags();
  });
  r.tags();
  return { errorCode, results };
}
