import 'server-only';
// DescribeClientQuotas v1 and AlterClientQuotas v1 (flexible; KIP-546): byte-rate and request quotas per user,
// client id, or their defaults. kafkajs 2.2.4 has neither. Pure codecs; an entity name null is the default.
import { WireReader, WireWriter } from './wire';

export const DESCRIBE_CLIENT_QUOTAS = { apiKey: 48, version: 1 } as const;
export const ALTER_CLIENT_QUOTAS = { apiKey: 49, version: 1 } as const;

export interface QuotaEntityPart {
  /** "user", "client-id" or "ip". */
  type: string;
  /** null: the default for that type. */
  name: string | null;
}

export interface QuotaEntry {
  entity: QuotaEntityPart[];
  values: { key: string; value: number }[];
}

/** Every quota of the cluster: no components, not strict. */
export function encodeDescribeAllClientQuotas(): Buffer {
  return new WireWriter().uvarint(1).bool(false).noTags().toBuffer();
}

export function decodeDescribeClientQuotas(buf: Buffer): { errorCode: number; errorMessage: string | null; entries: QuotaEntry[] } {
  const r = new WireReader(buf);
  r.tags();
  r.int32(); // throttle_time_ms
  const errorCode = r.int16();
  const errorMessage = r.compactString();
  const entries = r.compactArray((e): QuotaEntry => {
    const entity = e.compactArray((p) => {
      const part = { type: p.compactString() ?? '', name: p.compactString() };
      p.tags();
      return part;
    });
    const values = e.compactArray((v) => {
      const value = { key: v.compactString() ?? '', value: v.float64() };
      v.tags();
      return value;
    });
    e.tags();
    return { entity, values };
  });
  r.tags();
  return { errorCode, errorMessage, entries };
}

export interface QuotaAlteration {
  entity: QuotaEntityPart[];
  ops: { key: string; value: number; remove: boolean }[];
}

export function encodeAlterClientQuotas(entries: QuotaAlteration[], validateOnly: boolean): Buffer {
  return new WireWriter()
    .compactArray(entries, (w, e) => {
      w.compactArray(e.entity, (p, part) => p.compactString(part.type).compactString(part.name).noTags())
        .compactArray(e.ops, (o, op) => o.compactString(op.key).float64(op.value).bool(op.remove).noTags())
        .noTags();
    })
    .bool(validateOnly)
    .noTags()
    .toBuffer();
}

export function decodeAlterClientQuotas(buf: Buffer): { errorCode: number; errorMessage: string | null; entity: QuotaEntityPart[] }[] {
  const r = new WireReader(buf);
  r.tags();
  r.int32(); // throttle_time_ms
  const entries = r.compactArray((e) => {
    const errorCode = e.int16();
    const errorMessage = e.compactString();
    const entity = e.compactArray((p) => {
      const part = { type: p.compactString() ?? '', name: p.compactString() };
      p.tags();
      return part;
    });
    e.tags();
    return { errorCode, errorMessage, entity };
  });
  r.tags();
  return entries;
}
