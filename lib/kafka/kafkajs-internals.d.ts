// Types for the two kafkajs 2.2.4 internals lib/kafka/validation.ts uses (kafkajs is pinned).
declare module 'kafkajs/src/protocol/requests/index.js' {
  /** Request definitions by API name (CreateTopics, AlterConfigs, …). */
  export const requests: Record<string, unknown>;
}

declare module 'kafkajs/src/protocol/error.js' {
  export function createErrorFromCode(code: number): Error & { type: string };
}
