// Types for the kafkajs 2.2.4 internals lib/kafka uses (kafkajs is pinned): request definitions and error codes (validation.ts), its decoder and legacy record-set reader (fetch-response.ts).
declare module 'kafkajs/src/protocol/requests/index.js' {
  /** Request definitions by API name (CreateTopics, AlterConfigs, …). */
  export const requests: Record<string, unknown>;
}

declare module 'kafkajs/src/protocol/error.js' {
  export function createErrorFromCode(code: number): Error & { type: string };
}

declare module 'kafkajs/src/protocol/decoder.js' {
  /** kafkajs's reader over one buffer. */
  export default class Decoder {
    constructor(buffer: Buffer);
  }
}

declare module 'kafkajs/src/protocol/requests/fetch/v4/decodeMessages.js' {
  /** A partition's record set (int32 size, then the bytes) in any message format, as kafkajs reads it. */
  export default function decodeMessages(decoder: unknown): Promise<unknown[]>;
}
