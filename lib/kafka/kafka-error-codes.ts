import 'server-only';
// Kafka's protocol error codes as kafkajs 2.2.4 names and words them (kafkajs internals, pinned).
import * as errorModule from 'kafkajs/src/protocol/error.js';

// A CommonJS module: the bundler hands it over either as the namespace or under `default`.
export const { createErrorFromCode } = ((errorModule as { default?: unknown }).default ?? errorModule) as typeof errorModule;
