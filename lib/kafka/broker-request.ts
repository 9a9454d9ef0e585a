import 'server-only';
// The one way hand-encoded requests (lib/kafka/protocol) are sent: on kafkajs 2.2.4's own connection to a
// broker, so SASL, TLS and timeouts are those of every other call, with the version the broker speaks; error
// codes in their answers become the same KafkaJSProtocolError kafkajs throws, so lib/kafka/errors.ts
// translates both alike.
import { FluxoError } from '../errors';
import { type RawCluster, withRawCluster } from './client';
import { createErrorFromCode } from './kafka-error-codes';

export interface ProtocolRequest<T> {
  request: { apiKey: number; apiVersion: number; apiName: string; encode: () => Promise<unknown> };
  response: { decode: (payload: Buffer) => Promise<T>; parse: (data: T) => Promise<T> };
}

/** A kafkajs broker connection: the API versions it announced and its connection pool. */
export interface FlexibleBroker {
  versions: Record<number, { minVersion: number; maxVersion: number }> | null;
  connectionPool: { send<T>(req: ProtocolRequest<T>): Promise<T> };
}

interface BrokerLookup {
  refreshMetadataIfNecessary(): Promise<void>;
  findBroker(args: { nodeId: string }): Promise<FlexibleBroker>;
}

export interface FlexibleCall<T> {
  apiKey: number;
  apiName: string;
  minVersion: number;
  maxVersion: number;
  encode: (version: number) => Buffer;
  decode: (payload: Buffer, version: number) => T;
}

/**
 * kafkajs writes request header v1; flexible requests need header v2, which is v1 plus an empty
 * tagged-fields byte, so that byte leads the body. kafkajs copies the body from `.buffer` of `.buf`.
 */
function flexibleRequest<T>(apiKey: number, apiVersion: number, apiName: string, body: Buffer, decode: (b: Buffer) => T): ProtocolRequest<T> {
  const payload = Buffer.concat([Buffer.from([0]), body]);
  return {
    request: { apiKey, apiVersion, apiName, encode: async () => ({ buf: payload, buffer: payload }) },
    response: { decode: async (b) => decode(b), parse: async (d) => d },
  };
}

/** The highest version of an API this broker speaks, -1 when none (from its ApiVersions answer). */
export const maxApiVersion = (broker: FlexibleBroker, apiKey: number): number => broker.versions?.[apiKey]?.maxVersion ?? -1;

/** One request at a version the caller chose, on a broker connection it holds. */
export function sendFlexible<T>(broker: FlexibleBroker, apiKey: number, version: number, apiName: string, body: Buffer, decode: (b: Buffer) => T): Promise<T> {
  return broker.connectionPool.send(flexibleRequest(apiKey, version, apiName, body, decode));
}

/** A Kafka error code as kafkajs would throw it; Kafka's own error message, when it sent one, wins. */
export function kafkaError(code: number, message?: string | null): Error {
  const err = createErrorFromCode(code);
  if (message) err.message = message;
  return err;
}

/** A broker of the cluster connection by id, with its API versions known. */
export async function findFlexibleBroker(cluster: RawCluster, brokerId: number): Promise<FlexibleBroker> {
  const lookup = cluster as unknown as BrokerLookup;
  await lookup.refreshMetadataIfNecessary();
  return lookup.findBroker({ nodeId: String(brokerId) });
}

/** The highest version in [min, max] the broker supports, or null. */
export function negotiateVersion(brokerRange: { minVersion: number; maxVersion: number } | undefined, min: number, max: number): number | null {
  if (!brokerRange) return null;
  const version = Math.min(max, brokerRange.maxVersion);
  return version >= Math.max(min, brokerRange.minVersion) ? version : null;
}

async function sendOn<T>(cluster: RawCluster, clusterName: string, brokerId: number, call: FlexibleCall<T>): Promise<T> {
  const broker = await findFlexibleBroker(cluster, brokerId);
  const version = negotiateVersion(broker.versions?.[call.apiKey], call.minVersion, call.maxVersion);
  if (version === null) {
    throw new FluxoError('bad_request', `Broker ${brokerId} of cluster "${clusterName}" does not support ${call.apiName} v${call.minVersion}+; it needs a newer Kafka`);
  }
  return sendFlexible(broker, call.apiKey, version, call.apiName, call.encode(version), (b) => call.decode(b, version));
}

/** One request to one broker, within the cluster's deadline. */
export function sendToBroker<T>(clusterName: string, brokerId: number, call: FlexibleCall<T>): Promise<T> {
  return withRawCluster(clusterName, (cluster) => sendOn(cluster, clusterName, brokerId, call));
}
