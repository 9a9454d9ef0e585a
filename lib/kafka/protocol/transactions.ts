import 'server-only';
// The transaction requests kafkajs 2.2.4 cannot send, as Kafka's Admin client and kafka-transactions send
// them: ListTransactions (each broker lists the transactions it coordinates), DescribeTransactions (on the
// coordinator), DescribeProducers (on a partition's leader: open transactions and their start offsets) and
// WriteTxnMarkers (an ABORT marker for one partition, kafka-transactions abort). Field order follows
// kafka-clients common/message/*.json. Pure codecs; decoders start at the flexible response header's tags.
import { WireReader, WireWriter } from './wire';

export const TXN_API_KEY = { writeTxnMarkers: 27, describeProducers: 61, describeTransactions: 65, listTransactions: 66 } as const;

/** ListTransactions v0: no state or producer filters (the listing of kafka-transactions list). */
export function encodeListTransactions(): Buffer {
  return new WireWriter().uvarint(1).uvarint(1).noTags().toBuffer();
}

export interface ListedTransaction {
  transactionalId: string;
  producerId: string;
  state: string;
}

export function decodeListTransactions(buf: Buffer): { errorCode: number; transactions: ListedTransaction[] } {
  const r = new WireReader(buf);
  r.tags();
  r.int32(); // throttle_time_ms
  const errorCode = r.int16();
  r.compactArray((s) => s.compactString()); // unknown_state_filters
  const transactions = r.compactArray((t) => {
    const tx = { transactionalId: t.compactString() ?? '', producerId: t.int64().toString(), state: t.compactString() ?? '' };
    t.tags();
    return tx;
  });
  r.tags();
  return { errorCode, transactions };
}

export function encodeDescribeTransactions(transactionalIds: string[]): Buffer {
  return new WireWriter().compactArray(transactionalIds, (w, id) => w.compactString(id)).noTags().toBuffer();
}

export interface DescribedTransaction {
  errorCode: number;
  transactionalId: string;
  state: string;
  timeoutMs: number;
  /** Epoch ms; -1 when no transaction is open. */
  startTimeMs: string;
  producerId: string;
  producerEpoch: number;
  partitions: { topic: string; partition: number }[];
}

export function decodeDescribeTransactions(buf: Buffer): DescribedTransaction[] {
  const r = new WireReader(buf);
  r.tags();
  r.int32();
  const states = r.compactArray((t): DescribedTransaction => {
    const errorCode = t.int16();
    const transactionalId = t.compactString() ?? '';
    const state = t.compactString() ?? '';
    const timeoutMs = t.int32();
    const startTimeMs = t.int64().toString();
    const producerId = t.int64().toString();
    const producerEpoch = t.int16();
    const partitions = t
      .compactArray((topic) => {
        const name = topic.compactString() ?? '';
        const parts = topic.compactArray((p) => p.int32()).map((partition) => ({ topic: name, partition }));
        topic.tags();
        return parts;
      })
      .flat()
      .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
    t.tags();
    return { errorCode, transactionalId, state, timeoutMs, startTimeMs, producerId, producerEpoch, partitions };
  });
  r.tags();
  return states;
}

export function encodeDescribeProducers(topics: { topic: string; partitions: number[] }[]): Buffer {
  return new WireWriter()
    .compactArray(topics, (w, t) => w.compactString(t.topic).compactArray(t.partitions, (p, n) => p.int32(n)).noTags())
    .noTags()
    .toBuffer();
}

export interface ProducerState {
  producerId: string;
  producerEpoch: number;
  lastSequence: number;
  lastTimestampMs: string;
  coordinatorEpoch: number;
  /** First offset of the producer's open transaction on this partition; -1 when none is open. */
  currentTxnStartOffset: string;
}

export interface PartitionProducers {
  topic: string;
  partition: number;
  errorCode: number;
  errorMessage: string | null;
  producers: ProducerState[];
}

export function decodeDescribeProducers(buf: Buffer): PartitionProducers[] {
  const r = new WireReader(buf);
  r.tags();
  r.int32();
  const out = r
    .compactArray((t) => {
      const topic = t.compactString() ?? '';
      const parts = t.compactArray((p): PartitionProducers => {
        const partition = p.int32();
        const errorCode = p.int16();
        const errorMessage = p.compactString();
        const producers = p.compactArray((s): ProducerState => {
          const state = {
            producerId: s.int64().toString(),
            producerEpoch: s.int32(),
            lastSequence: s.int32(),
            lastTimestampMs: s.int64().toString(),
            coordinatorEpoch: s.int32(),
            currentTxnStartOffset: s.int64().toString(),
          };
          s.tags();
          return state;
        });
        p.tags();
        return { topic, partition, errorCode, errorMessage, producers };
      });
      t.tags();
      return parts;
    })
    .flat();
  r.tags();
  return out;
}

export interface AbortMarker {
  producerId: string;
  producerEpoch: number;
  coordinatorEpoch: number;
  topic: string;
  partition: number;
}

/** WriteTxnMarkers v1, one ABORT marker (transaction_result false), as Admin.abortTransaction writes it. */
export function encodeWriteAbortMarker(m: AbortMarker): Buffer {
  return new WireWriter()
    .compactArray([m], (w, marker) => {
      w.int64(BigInt(marker.producerId))
        .int16(marker.producerEpoch)
        .int8(0)
        .compactArray([marker.topic], (t, topic) => t.compactString(topic).compactArray([marker.partition], (p, n) => p.int32(n)).noTags())
        .int32(marker.coordinatorEpoch)
        .noTags();
    })
    .noTags()
    .toBuffer();
}

export function decodeWriteTxnMarkers(buf: Buffer): { producerId: string; topic: string; partition: number; errorCode: number }[] {
  const r = new WireReader(buf);
  r.tags();
  const out = r
    .compactArray((m) => {
      const producerId = m.int64().toString();
      const rows = m
        .compactArray((t) => {
          const topic = t.compactString() ?? '';
          const parts = t.compactArray((p) => {
            const row = { producerId, topic, partition: p.int32(), errorCode: p.int16() };
            p.tags();
            return row;
          });
          t.tags();
          return parts;
        })
        .flat();
      m.tags();
      return rows;
    })
    .flat();
  r.tags();
  return out;
}
