import 'server-only';
// What the Metadata API cannot tell: the Kafka release (from ApiVersions v3 features) and the KRaft quorum
// (DescribeQuorum). Sent on kafkajs 2.2.4's own broker connections, so SASL/TLS apply as for every call.
import { withRawCluster } from './client';
import {
  API_KEY,
  type ApiVersionsAnswer,
  decodeApiVersionsV3,
  decodeDescribeQuorum,
  encodeApiVersionsV3,
  encodeDescribeQuorum,
  type QuorumAnswer,
} from './protocol/kraft';

export interface ProtocolRequest<T> {
  request: { apiKey: number; apiVersion: number; apiName: string; encode: () => Promise<unknown> };
  response: { decode: (payload: Buffer) => Promise<T>; parse: (data: T) => Promise<T> };
}

interface RawBroker {
  versions: Record<number, { minVersion: number; maxVersion: number }> | null;
  connectionPool: { send<T>(req: ProtocolRequest<T>): Promise<T> };
}

interface BrokerFinder {
  refreshMetadataIfNecessary(): Promise<void>;
  findBroker(args: { nodeId: string }): Promise<RawBroker>;
}

/**
 * kafkajs writes request header v1; flexible requests need header v2, which is v1 plus an empty
 * tagged-fields byte, so that byte leads the body. kafkajs copies the body from `.buffer` of `.buf`.
 */
export function flexibleRequest<T>(apiKey: number, apiVersion: number, apiName: string, body: Buffer, decode: (b: Buffer) => T): ProtocolRequest<T> {
  const payload = Buffer.concat([Buffer.from([0]), body]);
  return {
    request: { apiKey, apiVersion, apiName, encode: async () => ({ buf: payload, buffer: payload }) },
    response: { decode: async (b) => decode(b), parse: async (d) => d },
  };
}

export interface KraftInfo {
  /** The highest metadata.version feature level the broker supports (tells its release), null if unknown. */
  maxSupportedMetadataLevel: number | null;
  /** The cluster's finalized metadata.version feature level. */
  finalizedMetadataLevel: number | null;
  quorum: QuorumAnswer | null;
}

/** Best effort: a cluster that predates KRaft or these APIs answers nulls, never an error. */
export async function describeKraft(clusterName: string, brokerId: number): Promise<KraftInfo> {
  return withRawCluster(clusterName, async (cluster) => {
    const finder = cluster as unknown as BrokerFinder;
    await finder.refreshMetadataIfNecessary();
    const broker = await finder.findBroker({ nodeId: String(brokerId) });
    const supports = (key: number, v: number) => (broker.versions?.[key]?.maxVersion ?? -1) >= v;

    let features: ApiVersionsAnswer | null = null;
    if (supports(API_KEY.apiVersions, 3)) {
      features = await broker.connectionPool
        .send(flexibleRequest(API_KEY.apiVersions, 3, 'ApiVersions', encodeApiVersionsV3(), decodeApiVersionsV3))
        .catch(() => null);
    }
    let quorum: QuorumAnswer | null = null;
    if (supports(API_KEY.describeQuorum, 0)) {
      const version = supports(API_KEY.describeQuorum, 1) ? 1 : 0;
      quorum = await broker.connectionPool
        .send(flexibleRequest(API_KEY.describeQuorum, version, 'DescribeQuorum', encodeDescribeQuorum(), (b) => decodeDescribeQuorum(b, version)))
        .catch(() => null);
    }
    const supported = features?.supportedFeatures.find((f) => f.name === 'metadata.version');
    const finalized = features?.finalizedFeatures.find((f) => f.name === 'metadata.version');
    return { maxSupportedMetadataLevel: supported?.max ?? null, finalizedMetadataLevel: finalized?.max ?? null, quorum };
  });
}
