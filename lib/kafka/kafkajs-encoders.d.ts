// Types for the kafkajs 2.2.4 encoders fetch-response.test.ts builds Fetch answers with, and the kafkajs
// decoder it checks ours against (kafkajs is pinned).
declare module 'kafkajs/src/protocol/encoder.js' {
  export default class Encoder {
    buffer: Buffer;
    writeInt16(value: number): Encoder;
    writeInt32(value: number): Encoder;
    writeInt64(value: number): Encoder;
    writeString(value: string): Encoder;
    writeBuffer(value: Buffer): Encoder;
    writeEncoder(value: Encoder): Encoder;
  }
}

declare module 'kafkajs/src/utils/long.js' {
  const Long: { fromValue(value: number): unknown };
  export default Long;
}

declare module 'kafkajs/src/protocol/recordBatch/record/v0/index.js' {
  export default function Record(record: { offsetDelta: number; timestampDelta: number; key: Buffer | null; value: Buffer | null; headers?: object }): unknown;
}

declare module 'kafkajs/src/protocol/recordBatch/v0/index.js' {
  export function RecordBatch(batch: {
    compression: number;
    firstOffset: unknown;
    firstTimestamp: number;
    maxTimestamp: number;
    lastOffsetDelta: number;
    transactional: boolean;
    producerId: unknown;
    records: unknown[];
  }): Promise<{ buffer: Buffer }>;
}

declare module 'kafkajs/src/protocol/requests/fetch/v11/response.js' {
  const response: { decode(payload: Buffer): Promise<unknown> };
  export default response;
}
