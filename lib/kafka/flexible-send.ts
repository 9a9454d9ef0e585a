import 'server-only';
// Sending the hand-encoded requests of lib/kafka/protocol on kafkajs's own broker connections (so SASL/TLS
// and the request timeout apply as for every call), and turning the error codes in their answers into the
// same KafkaJSProtocolError kafkajs throws, so lib/kafka/errors.ts translates both alike.
import * as errorModule from 'kafkajs/src/protocol/error.js';
import { flexibleRequest, type ProtocolRequest } from './kraft';

// CommonJS module: the bundler hands it over either as the namespace or under `default`.
const { createErrorFromCode } = ((errorModule as { default?: unknown }).default ?? errorModule) as typeof errorModule;

export interface FlexibleBroker {
  versions: Record<number, { minVersion: number; maxVersion: number }> | null;
  connectionPool: { send<T>(req: ProtocolRequest<T>): Promise<T> };
}

/** The highest version of an API this broker speaks, -1 when none (from its ApiVersions answer). */
export const maxApiVersion = (broker: FlexibleBroker, apiKey: number): number => broker.versions?.[apiKey]?.maxVersion ?? -1;

export function sendFlexible<T>(broker: FlexibleBroker, apiKey: number, version: number, apiName: string, body: Buffer, decode: (b: Buffer) => T): Promise<T> {
  return broker.connectionPool.send(flexibleRequest(apiKey, version, apiName, body, decode));
}

/** A Kafka error code as kafkajs would throw it; Kafka's own error message, when it sent one, wins. */
export function kafkaError(code: number, message?: string | null): Error {
  const err = createErrorFromCode(code);
  if (message) err.message = message;
  return err;
}
