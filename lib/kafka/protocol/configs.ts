import 'server-only';
// DescribeConfigs v4 with documentation and type (KIP-569) and IncrementalAlterConfigs v1 (KIP-339), which
// changes the keys it names and leaves every other one alone. kafkajs 2.2.4 has DescribeConfigs only up to
// v2 (no documentation) and no IncrementalAlterConfigs. Pure codecs, flexible encoding.
import { WireReader, WireWriter } from './wire';

export const DESCRIBE_CONFIGS = { apiKey: 32, version: 4 } as const;
export const INCREMENTAL_ALTER_CONFIGS = { apiKey: 44, version: 1 } as const;

/** Kafka's ConfigResource.Type codes. */
export const RESOURCE_TYPE = { topic: 2, broker: 4, brokerLogger: 8 } as const;

/** Kafka's AlterConfigOp.OpType codes. */
export const CONFIG_OP = { set: 0, delete: 1, append: 2, subtract: 3 } as const;

export interface ConfigResourceRef {
  type: number;
  /** Topic name, broker id, or "" for the cluster-wide broker default. */
  name: string;
}

export interface DescribedConfig {
  name: string;
  value: string | null;
  readOnly: boolean;
  source: number;
  sensitive: boolean;
  /** Kafka's ConfigType code: 1 boolean, 2 string, 3 int, 4 short, 5 long, 6 double, 7 list, 8 class, 9 password. */
  type: number;
  documentation: string | null;
}

export interface DescribedResource extends ConfigResourceRef {
  errorCode: number;
  errorMessage: string | null;
  configs: DescribedConfig[];
}

export function encodeDescribeConfigs(resources: ConfigResourceRef[]): Buffer {
  return new WireWriter()
    .compactArray(resources, (w, r) => {
      w.int8(r.type).compactString(r.name).uvarint(0).noTags(); // configuration_keys: null = all
    })
    .bool(false) // include_synonyms
    .bool(true) // include_documentation
    .noTags()
    .toBuffer();
}

export function decodeDescribeConfigs(buf: Buffer): DescribedResource[] {
  const r = new WireReader(buf);
  r.tags();
  r.int32(); // throttle_time_ms
  const results = r.compactArray((res): DescribedResource => {
    const errorCode = res.int16();
    const errorMessage = res.compactString();
    const type = res.int8();
    const name = res.compactString() ?? '';
    const configs = res.compactArray((c): DescribedConfig => {
      const entry = { name: c.compactString() ?? '', value: c.compactString(), readOnly: c.bool(), source: c.int8(), sensitive: c.bool() };
      c.compactArray((s) => {
        s.compactString();
        s.compactString();
        s.int8();
        s.tags();
      });
      const configType = c.int8();
      const documentation = c.compactString();
      c.tags();
      return { ...entry, type: configType, documentation };
    });
    res.tags();
    return { type, name, errorCode, errorMessage, configs };
  });
  r.tags();
  return results;
}

export interface ConfigOperation {
  name: string;
  op: (typeof CONFIG_OP)[keyof typeof CONFIG_OP];
  /** null for delete. */
  value: string | null;
}

export interface AlterConfigsResource extends ConfigResourceRef {
  configs: ConfigOperation[];
}

export function encodeIncrementalAlterConfigs(resources: AlterConfigsResource[], validateOnly: boolean): Buffer {
  return new WireWriter()
    .compactArray(resources, (w, r) => {
      w.int8(r.type)
        .compactString(r.name)
        .compactArray(r.configs, (c, op) => {
          c.compactString(op.name).int8(op.op).compactString(op.value).noTags();
        })
        .noTags();
    })
    .bool(validateOnly)
    .noTags()
    .toBuffer();
}

export interface AlterConfigsResult extends ConfigResourceRef {
  errorCode: number;
  errorMessage: string | null;
}

export function decodeIncrementalAlterConfigs(buf: Buffer): AlterConfigsResult[] {
  const r = new WireReader(buf);
  r.tags();
  r.int32(); // throttle_time_ms
  const results = r.compactArray((res): AlterConfigsResult => {
    const answer = { errorCode: res.int16(), errorMessage: res.compactString(), type: res.int8(), name: res.compactString() ?? '' };
    res.tags();
    return answer;
  });
  r.tags();
  return results;
}
