import 'server-only';
// Sends a hand-encoded flexible request (lib/kafka/protocol) on kafkajs 2.2.4's own connection to one broker,
// so SASL, TLS and timeouts are those of every other call. The version is the highest both sides speak.
import { FluxoError } from '../errors';
import { type RawCluster, withRawCluster } from './client';

interface ProtocolRequest<T> {
  request: { apiKey: number; apiVersion: number; apiName: string; encode: () => Promise<unknown> };
  response: { decode: (payload: Buffer) => Promise<T>; parse: (data: T) => Promise<T> };
}

interface VersionedBroker {
  versions: Record<number, { minVersion: number; maxVersion: number }> | null;
  connectionPool: { send<T>(req: ProtocolRequest<T>): Promise<T> };
}

interface BrokerLookup {
  refreshMetadataIfNecessary(): Promise<void>;
  findBroker(args: { nodeId: string }): Promise<VersionedBroker>;
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

/** The highest version in [min, max] the broker supports, or null. */
export function negotiateVersion(brokerRange: { minVersion: number; maxVersion: number } | undefined, min: number, max: number): number | null {
  if (!brokerRange) return null;
  const version = Math.min(max, brokerRange.maxVersion);
  return version >= Math.max(min, brokerRange.minVersion) ? version : null;
}

async function sendOn<T>(cluster: RawCluster, clusterName: string, brokerId: number, call: FlexibleCall<T>): Promise<T> {
  const lookup = cluster as unknown as BrokerLookup;
  await lookup.refreshMetadataIfNecessary();
  const broker = await lookup.findBroker({ nodeId: String(brokerId) });
  const version = negotiateVersion(broker.versions?.[call.apiKey], call.minVersion, call.maxVersion);
  if (version === null) {
    throw new FluxoError('bad_request', `Broker ${brokerId} of cluster "${clusterName}" does not support ${call.apiName} v${call.minVersion}+; it needs a newer Kafka`);
  }
  return broker.connectionPool.send(flexibleRequest(call.apiKey, version, call.apiName, call.encode(version), (b) => call.decode(b, version)));
}

/** One request to one broker, within the cluster's deadline. */
export function sendToBroker<T>(clusterName: string, brokerId: number, call: FlexibleCall<T>): Promise<T> {
  return withRawCluster(clusterName, (cluster) => sendOn(cluster, clusterName, brokerId, call));
}
