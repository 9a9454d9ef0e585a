import 'server-only';
// Kafka's protocol error codes as kafkajs 2.2.4 names and words them (kafkajs internals, pinned).
import * as errorModule from 'kafkajs/src/protocol/error.js';
import { FluxoError } from '../errors';
import { translateKafkaError } from './errors';

// A CommonJS module: the bundler hands it over either as the namespace or under `default`.
export const { createErrorFromCode } = ((errorModule as { default?: unknown }).default ?? errorModule) as typeof errorModule;

/** A refusal in Kafka's own words ("Kafka refused: Invalid value …"), with the status its error code means. */
export function kafkaRefusal(clusterName: string, errorCode: number, errorMessage: string | null): FluxoError {
  const translated = translateKafkaError(createErrorFromCode(errorCode), clusterName);
  return new FluxoError(translated.code, errorMessage ? `Kafka refused: ${errorMessage}` : translated.message);
}
