// Types for kafkajs 2.2.4's Metadata response modules (kafkajs is pinned), which lib/kafka/metadata-tolerance.ts adjusts.
declare module 'kafkajs/src/protocol/requests/metadata/*' {
  export let parse: (data: unknown) => Promise<unknown>;
}
