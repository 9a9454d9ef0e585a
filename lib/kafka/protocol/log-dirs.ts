import 'server-only';
// DescribeLogDirs v2–v4 (flexible; KIP-113, KIP-827): bytes on disk per replica and, from v4, the volume's
// total and usable bytes. kafkajs 2.2.4 has no DescribeLogDirs at all. Pure codecs.
import { WireReader, WireWriter } from './wire';

export const DESCRIBE_LOG_DIRS = { apiKey: 35, minVersion: 2, maxVersion: 4 } as const;

export interface LogDirReplica {
  topic: string;
  partition: number;
  sizeBytes: number;
  offsetLag: number;
  /** A copy being built by AlterReplicaLogDirs that will replace the current one. */
  isFuture: boolean;
}

export interface LogDirAnswer {
  path: string;
  errorCode: number;
  /** Volume size and usable space (v4+); null when the broker does not tell. */
  totalBytes: number | null;
  usableBytes: number | null;
  replicas: LogDirReplica[];
}

export interface DescribeLogDirsAnswer {
  errorCode: number;
  logDirs: LogDirAnswer[];
}

/** Topics to describe, or null for every replica the broker hosts. */
export function encodeDescribeLogDirs(topics: { topic: string; partitions: number[] }[] | null): Buffer {
  const w = new WireWriter();
  if (topics === null) w.uvarint(0);
  else {
    w.compactArray(topics, (t, { topic, partitions }) => {
      t.compactString(topic).compactArray(partitions, (p, partition) => p.int32(partition)).noTags();
    });
  }
  return w.noTags().toBuffer();
}

const orNull = (v: bigint) => (v < 0n ? null : Number(v));

/** The answer after the flexible response header (whose tagged fields come first). */
export function decodeDescribeLogDirs(buf: Buffer, version: number): DescribeLogDirsAnswer {
  const r = new WireReader(buf);
  r.tags();
  r.int32(); // throttle_time_ms
  const errorCode = version >= 3 ? r.int16() : 0;
  const logDirs = r.compactArray((d): LogDirAnswer => {
    const dirError = d.int16();
    const path = d.compactString() ?? '';
    const replicas: LogDirReplica[] = [];
    d.compactArray((t) => {
      const topic = t.compactString() ?? '';
      t.compactArray((p) => {
        replicas.push({ topic, partition: p.int32(), sizeBytes: Number(p.int64()), offsetLag: Number(p.int64()), isFuture: p.bool() });
        p.tags();
      });
      t.tags();
    });
    const totalBytes = version >= 4 ? orNull(d.int64()) : null;
    const usableBytes = version >= 4 ? orNull(d.int64()) : null;
    d.tags();
    return { path, errorCode: dirError, totalBytes, usableBytes, replicas };
  });
  r.tags();
  return { errorCode, logDirs };
}
