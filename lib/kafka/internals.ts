import 'server-only';
// Everything Fluxo uses of kafkajs 2.2.4's internals (pinned), typed once: its Cluster (per-broker calls,
// metadata), its Broker (Fetch, ListOffsets), the private symbols that reach them, and the protocol
// constants. kafkajs's own Broker.fetch/listOffsets throw away a whole answer when one partition of it
// carries an error code; the lenient senders here keep every partition's own error, so one bad partition
// never blanks the others.
import type { Kafka } from 'kafkajs';
import { requests } from 'kafkajs/src/protocol/requests/index.js';
import { FluxoError } from '../errors';
import { decodeFetchResponse, FETCH_RESPONSE_VERSION } from './fetch-response';

/** Kafka's isolation levels (Fetch, ListOffsets): read_uncommitted sees everything written (like
 * kafka-consumer-groups), read_committed stops at the last stable offset and marks aborted data. */
export const ISOLATION_LEVEL = { read_uncommitted: 0, read_committed: 1 } as const;
export type Isolation = keyof typeof ISOLATION_LEVEL;

/** ListOffsets timestamps with a special meaning. */
export const LATEST_TIMESTAMP = -1;
export const EARLIEST_TIMESTAMP = -2;

/** Kafka API keys of the requests sent leniently. */
const API_KEY = { Fetch: 1, ListOffsets: 2, Metadata: 3, CreateTopics: 19, AlterConfigs: 33 } as const;

/** A record as kafkajs's RecordBatch decoder gives it (src/protocol/recordBatch/record/v0/decoder.js). */
export interface KafkaRecord {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | null | (Buffer | null)[]>;
  isControlRecord: boolean;
  batchContext: { timestampType: number; inTransaction: boolean; producerId: string };
}

export interface AbortedTransaction {
  producerId: string;
  firstOffset: string;
}

export interface FetchPartitionAnswer {
  partition: number;
  errorCode: number;
  highWatermark: string;
  lastStableOffset: string;
  abortedTransactions: AbortedTransaction[] | null;
  messages: KafkaRecord[];
}

export interface FetchRequest {
  isolationLevel: number;
  maxWaitTime: number;
  minBytes: number;
  maxBytes: number;
  topics: { topic: string; partitions: { partition: number; fetchOffset: string; maxBytes: number }[] }[];
}

export interface FetchAnswer {
  responses: { topicName: string; partitions: FetchPartitionAnswer[] }[];
}

export interface ListOffsetsRequest {
  isolationLevel: number;
  topics: { topic: string; partitions: { partition: number; timestamp: number }[] }[];
}

export interface ListOffsetsAnswer {
  responses: { topic: string; partitions: { partition: number; errorCode: number; offset?: string; offsets?: string[] }[] }[];
}

/** A protocol request as kafkajs's request builders return it. */
interface ProtocolRequest {
  request: unknown;
  response: { decode(payload: Buffer): Promise<unknown>; parse(data: unknown): Promise<unknown> };
  requestTimeout?: number;
}

/** One broker connection of kafkajs's Cluster (connected by findBroker). */
export interface KafkaBroker {
  nodeId: number;
  fetch(request: FetchRequest & { replicaId: number }): Promise<FetchAnswer>;
  listOffsets(request: ListOffsetsRequest & { replicaId: number }): Promise<ListOffsetsAnswer>;
  lookupRequest(apiKey: number, definition: unknown): (args: object) => ProtocolRequest;
}

export interface KafkaMetadata {
  clusterId: string;
  controllerId: number;
  brokers: { nodeId: number; host: string; port: number; rack: string | null }[];
  topicMetadata: {
    topicErrorCode: number;
    topic: string;
    isInternal: boolean;
    partitionMetadata: {
      partitionErrorCode: number;
      partitionId: number;
      leader: number;
      replicas: number[];
      isr: number[];
      offlineReplicas: number[];
    }[];
  }[];
}

/** kafkajs's own cluster object: metadata with racks, per-broker connections. */
export interface KafkaCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  /** Loads the broker list findBroker needs (connect alone does not). */
  refreshMetadata(): Promise<void>;
  metadata(args?: { topics?: string[] }): Promise<KafkaMetadata>;
  addTargetTopic(topic: string): Promise<void>;
  findTopicPartitionMetadata(topic: string): KafkaMetadata['topicMetadata'][number]['partitionMetadata'];
  /** The connection to one broker (connects on first use). */
  findBroker(args: { nodeId: number }): Promise<KafkaBroker>;
}

function privateSymbol(target: object, description: string): symbol {
  const symbol = Object.getOwnPropertySymbols(target).find((s) => s.description === description);
  if (!symbol) throw new FluxoError('internal', `kafkajs internals changed (${description}): pin kafkajs to 2.2.4`);
  return symbol;
}

/**
 * kafkajs builds its Cluster through a private symbol; reusing it keeps SASL/TLS/timeouts identical. Every
 * broker of it answers Metadata leniently: kafkajs's own parser throws on the first partition error, so one
 * partition without a leader would fail every metadata refresh, and with it every request of the cluster.
 */
export function createKafkaCluster(kafka: Kafka): KafkaCluster {
  const create = (kafka as unknown as Record<symbol, (opts: object) => KafkaCluster>)[privateSymbol(kafka, 'private:Kafka:createCluster')]!;
  const cluster = create({ metadataMaxAge: 5_000 });
  const pool = (cluster as unknown as { brokerPool: { createBroker: (options: object) => KafkaBroker } }).brokerPool;
  const createBroker = pool.createBroker;
  pool.createBroker = (options) => {
    const broker = createBroker(options) as KafkaBroker & { allowAutoTopicCreation: boolean; metadata(topics?: string[]): Promise<unknown> };
    broker.metadata = (topics = []) => sendLenient(broker, API_KEY.Metadata, requests.Metadata, { topics, allowAutoTopicCreation: broker.allowAutoTopicCreation });
    return broker;
  };
  return cluster;
}

type SendRequest = (request: ProtocolRequest) => Promise<unknown>;

/** Sends through the broker's private sendRequest (which reconnects a closed connection), keeping the
 * decoded answer as it is: per-partition error codes stay in it instead of failing the whole request. */
async function sendLenient(
  broker: Pick<KafkaBroker, 'lookupRequest'>,
  apiKey: number,
  definition: unknown,
  args: object,
  decoderFor?: (apiVersion: number) => ((payload: Buffer) => Promise<unknown>) | undefined,
): Promise<unknown> {
  const protocol = broker.lookupRequest(apiKey, definition)(args);
  const send = (broker as unknown as Record<symbol, SendRequest>)[privateSymbol(Object.getPrototypeOf(broker), 'private:Broker:sendRequest')]!;
  const decode = decoderFor?.((protocol.request as { apiVersion: number }).apiVersion) ?? protocol.response.decode;
  return send.call(broker, { ...protocol, response: { decode, parse: async (data: unknown) => data } });
}

function shuffled<T>(list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A consumer's Fetch (replica id -1) whose partitions each keep their own error code. Partitions go in a
 * random order, as kafkajs sends them: a broker always answers the first partition's batch in full, so a
 * batch larger than its partition's share cannot starve the partitions behind it (KIP-74).
 */
export async function fetchLenient(broker: KafkaBroker, request: FetchRequest): Promise<FetchAnswer> {
  const topics = shuffled(request.topics).map((t) => ({ topic: t.topic, partitions: shuffled(t.partitions) }));
  // Records are decoded by fetch-response.ts for the version kafkajs asks of current brokers.
  const decoderFor = (apiVersion: number) => (apiVersion === FETCH_RESPONSE_VERSION ? decodeFetchResponse : undefined);
  return (await sendLenient(broker, API_KEY.Fetch, requests.Fetch, { replicaId: -1, rackId: '', ...request, topics }, decoderFor)) as FetchAnswer;
}

export interface ListedOffset {
  topic: string;
  partition: number;
  errorCode: number;
  offset: number;
}

/** A consumer's ListOffsets whose partitions each keep their own error code. */
export async function listOffsetsLenient(broker: KafkaBroker, request: ListOffsetsRequest): Promise<ListedOffset[]> {
  const answer = (await sendLenient(broker, API_KEY.ListOffsets, requests.ListOffsets, { replicaId: -1, ...request })) as ListOffsetsAnswer;
  // Version 0 answers a list of offsets, later versions one offset.
  return answer.responses.flatMap((t) =>
    t.partitions.map((p) => ({ topic: t.topic, partition: p.partition, errorCode: p.errorCode, offset: Number(p.offset ?? p.offsets?.at(-1) ?? -1) })),
  );
}

/** Kafka error codes the partition I/O acts on (see org.apache.kafka.common.protocol.Errors). */
export const KAFKA_ERROR = {
  NONE: 0,
  OFFSET_OUT_OF_RANGE: 1,
  UNKNOWN_TOPIC_OR_PARTITION: 3,
  LEADER_NOT_AVAILABLE: 5,
  NOT_LEADER_OR_FOLLOWER: 6,
  REPLICA_NOT_AVAILABLE: 9,
  KAFKA_STORAGE_ERROR: 56,
  FENCED_LEADER_EPOCH: 74,
  UNKNOWN_LEADER_EPOCH: 75,
  OFFSET_NOT_AVAILABLE: 78,
} as const;

/** Errors after which the partition's leader (or its metadata) is worth looking up again. */
export const LEADER_MOVED_CODES: ReadonlySet<number> = new Set([
  KAFKA_ERROR.UNKNOWN_TOPIC_OR_PARTITION,
  KAFKA_ERROR.LEADER_NOT_AVAILABLE,
  KAFKA_ERROR.NOT_LEADER_OR_FOLLOWER,
  KAFKA_ERROR.REPLICA_NOT_AVAILABLE,
  KAFKA_ERROR.KAFKA_STORAGE_ERROR,
  KAFKA_ERROR.FENCED_LEADER_EPOCH,
  KAFKA_ERROR.UNKNOWN_LEADER_EPOCH,
  KAFKA_ERROR.OFFSET_NOT_AVAILABLE,
]);

interface MetadataBroker {
  metadata(topics: string[]): Promise<KafkaMetadata>;
}

/**
 * The cluster's metadata from any broker that answers. kafkajs's Cluster.metadata gives up at the first
 * broker of its (shuffled) pool it cannot connect to, so one dead broker of three fails a third of all
 * metadata requests; this asks the others one by one before giving up.
 */
export async function metadataFromAnyBroker(cluster: KafkaCluster): Promise<KafkaMetadata> {
  try {
    return await cluster.metadata();
  } catch (first) {
    const pool = (cluster as unknown as { brokerPool?: { brokers?: Record<string, unknown> } }).brokerPool;
    for (const nodeId of Object.keys(pool?.brokers ?? {})) {
      try {
        const broker = (await cluster.findBroker({ nodeId: Number(nodeId) })) as unknown as MetadataBroker;
        return await broker.metadata([]);
      } catch {
        // that broker is down too: try the next one
      }
    }
    throw first;
  }
}

/**
 * A kafkajs request whose answer is kept as decoded, error codes and Kafka's error messages included (kafkajs
 * throws only the code's generic text): for CreateTopics and AlterConfigs answers read in Kafka's own words.
 */
export function sendKeepingAnswer(broker: Pick<KafkaBroker, 'lookupRequest'>, api: 'CreateTopics' | 'AlterConfigs', args: object): Promise<unknown> {
  return sendLenient(broker, API_KEY[api], requests[api], args);
}
