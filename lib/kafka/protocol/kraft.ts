import 'server-only';
// ApiVersions v3 (finalized features such as metadata.version) and DescribeQuorum (the KRaft leader and
// voters): the two requests that tell what Kafka runs and who really controls it. Pure codecs.
import { WireReader, WireWriter } from './wire';

export const API_KEY = { apiVersions: 18, describeQuorum: 55 } as const;
const METADATA_TOPIC = '__cluster_metadata';

export interface FeatureRange {
  name: string;
  min: number;
  max: number;
}

export interface ApiVersionsAnswer {
  errorCode: number;
  apiKeys: { apiKey: number; minVersion: number; maxVersion: number }[];
  supportedFeatures: FeatureRange[];
  finalizedFeatures: FeatureRange[];
}

export function encodeApiVersionsV3(): Buffer {
  return new WireWriter().compactString('fluxo').compactString('1').noTags().toBuffer();
}

/** ApiVersions answers with response header v0 at every version: the body starts right away. */
export function decodeApiVersionsV3(buf: Buffer): ApiVersionsAnswer {
  const r = new WireReader(buf);
  const errorCode = r.int16();
  const apiKeys = r.compactArray((a) => {
    const entry = { apiKey: a.int16(), minVersion: a.int16(), maxVersion: a.int16() };
    a.tags();
    return entry;
  });
  r.int32(); // throttle_time_ms
  const answer: ApiVersionsAnswer = { errorCode, apiKeys, supportedFeatures: [], finalizedFeatures: [] };
  r.tags((tag, t) => {
    if (tag === 0) {
      answer.supportedFeatures = t.compactArray((f) => {
        const feature = { name: f.compactString() ?? '', min: f.int16(), max: f.int16() };
        f.tags();
        return feature;
      });
    } else if (tag === 2) {
      answer.finalizedFeatures = t.compactArray((f) => {
        const name = f.compactString() ?? '';
        const max = f.int16();
        const min = f.int16();
        f.tags();
        return { name, min, max };
      });
    }
  });
  return answer;
}

export interface ReplicaState {
  id: number;
  logEndOffset: string;
  /** Epoch ms, v1+; -1 when unknown. */
  lastCaughtUpTimestamp: number | null;
}

export interface QuorumAnswer {
  leaderId: number;
  leaderEpoch: number;
  highWatermark: string;
  voters: ReplicaState[];
  observers: ReplicaState[];
}

export function encodeDescribeQuorum(): Buffer {
  return new WireWriter()
    .compactArray([METADATA_TOPIC], (w, topic) => {
      w.compactString(topic).compactArray([0], (p, partition) => p.int32(partition).noTags()).noTags();
    })
    .noTags()
    .toBuffer();
}

/** DescribeQuorum v0 or v1, after the flexible response header (whose tagged fields come first). */
export function decodeDescribeQuorum(buf: Buffer, version: 0 | 1): QuorumAnswer {
  const r = new WireReader(buf);
  r.tags(); // response header v1
  const errorCode = r.int16();
  if (errorCode !== 0) throw new Error(`DescribeQuorum failed with Kafka error code ${errorCode}`);
  const replica = (x: WireReader): ReplicaState => {
    const id = x.int32();
    const logEndOffset = x.int64().toString();
    let lastCaughtUpTimestamp: number | null = null;
    if (version >= 1) {
      x.int64(); // last_fetch_timestamp
      const caughtUp = Number(x.int64());
      lastCaughtUpTimestamp = caughtUp >= 0 ? caughtUp : null;
    }
    x.tags();
    return { id, logEndOffset, lastCaughtUpTimestamp };
  };
  const topics = r.compactArray((t) => {
    const name = t.compactString();
    const partitions = t.compactArray((p) => {
      p.int32(); // partition_index
      const partitionError = p.int16();
      const answer: QuorumAnswer = {
        leaderId: p.int32(),
        leaderEpoch: p.int32(),
        highWatermark: p.int64().toString(),
        voters: p.compactArray(replica),
        observers: p.compactArray(replica),
      };
      p.tags();
      return { partitionError, answer };
    });
    t.tags();
    return { name, partitions };
  });
  const partition = topics.find((t) => t.name === METADATA_TOPIC)?.partitions[0];
  if (!partition) throw new Error('DescribeQuorum answered without the metadata partition');
  if (partition.partitionError !== 0) throw new Error(`DescribeQuorum failed with Kafka error code ${partition.partitionError}`);
  return partition.answer;
}
