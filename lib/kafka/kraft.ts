import 'server-only';
// What the Metadata API cannot tell: the Kafka release (from ApiVersions v3 features) and the KRaft quorum
// (DescribeQuorum). Sent on kafkajs 2.2.4's own broker connections, so SASL/TLS apply as for every call.
import { findFlexibleBroker, maxApiVersion, sendFlexible } from './broker-request';
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
    const broker = await findFlexibleBroker(cluster, brokerId);
    const supports = (key: number, v: number) => maxApiVersion(broker, key) >= v;

    let features: ApiVersionsAnswer | null = null;
    if (supports(API_KEY.apiVersions, 3)) {
      features = await sendFlexible(broker, API_KEY.apiVersions, 3, 'ApiVersions', encodeApiVersionsV3(), decodeApiVersionsV3).catch(() => null);
    }
    let quorum: QuorumAnswer | null = null;
    if (supports(API_KEY.describeQuorum, 0)) {
      const version = supports(API_KEY.describeQuorum, 1) ? 1 : 0;
      quorum = await sendFlexible(broker, API_KEY.describeQuorum, version, 'DescribeQuorum', encodeDescribeQuorum(), (b) => decodeDescribeQuorum(b, version)).catch(() => null);
    }
    const supported = features?.supportedFeatures.find((f) => f.name === 'metadata.version');
    const finalized = features?.finalizedFeatures.find((f) => f.name === 'metadata.version');
    return { maxSupportedMetadataLevel: supported?.max ?? null, finalizedMetadataLevel: finalized?.max ?? null, quorum };
  });
}
