import 'server-only';
// Fetch answers (version 11, what kafkajs 2.2.4 asks of Kafka 2.7 and later) decoded straight from their
// bytes into the shape kafkajs's own decoder gives. Reading records is where a scan spends its time, and
// kafkajs's record decoder does 64-bit arithmetic with Long objects, a decoder object and a spread per
// record; this one uses plain numbers (BigInt only past 2^52) and reads a record's key, value and headers
// (views on the answer) only when they are asked for. Record sets in the legacy message formats (magic 0 and 1) still go to kafkajs.
import { CompressionCodecs } from 'kafkajs';
// Registers snappy, lz4 and zstd with CompressionCodecs.
import './codecs';
import decodeLegacyMessages from 'kafkajs/src/protocol/requests/fetch/v4/decodeMessages.js';
import decoderForBytes from 'kafkajs/src/protocol/decoder.js';
import type { FetchAnswer, FetchPartitionAnswer, KafkaRecord } from './internals';

/** The Fetch version this decoder reads. */
export const FETCH_RESPONSE_VERSION = 11;

/** Bytes of a record batch before its records (baseOffset … recordCount). */
const BATCH_HEADER_BYTES = 61;
/** Where a batch's magic byte is, in every message format. */
const MAGIC_OFFSET = 16;
const RECORD_BATCH_MAGIC = 2;
const COMPRESSION_CODEC_MASK = 0x07;
const TIMESTAMP_TYPE_MASK = 0x08;
const TRANSACTIONAL_MASK = 0x10;
const CONTROL_MASK = 0x20;
/** kafkajs's TimestampTypes. */
const CREATE_TIME = 0;
const LOG_APPEND_TIME = 1;

/** A cursor over one buffer, reading Kafka's big-endian integers, varints and strings. */
class Reader {
  constructor(
    readonly buf: Buffer,
    public pos = 0,
  ) {}

  int8(): number {
    return this.buf.readInt8(this.pos++);
  }
  int16(): number {
    const v = this.buf.readInt16BE(this.pos);
    this.pos += 2;
    return v;
  }
  int32(): number {
    const v = this.buf.readInt32BE(this.pos);
    this.pos += 4;
    return v;
  }
  int64(): bigint {
    const v = this.buf.readBigInt64BE(this.pos);
    this.pos += 8;
    return v;
  }
  string(): string {
    const length = this.int16();
    const v = this.buf.toString('utf8', this.pos, this.pos + length);
    this.pos += length;
    return v;
  }
  /** A zigzag varint or varlong, exact up to 2^53 (record lengths and deltas are far below). */
  varint(): number {
    let result = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = this.buf[this.pos++] ?? 0;
      result += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return result % 2 ? -(result + 1) / 2 : result / 2;
  }
  skipVarBytes(): void {
    const length = this.varint();
    this.pos += Math.max(0, length);
  }
  /** Bytes prefixed by a varint length; null for a negative length. */
  varBytes(): Buffer | null {
    const length = this.varint();
    if (length < 0) return null;
    const v = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return v;
  }
}

/** base + delta, exact: plain numbers while they stay exact (deltas are far below 2^52), BigInt beyond. */
function adder(base: bigint): (delta: number) => number | bigint {
  const n = Number(base);
  if (Number.isSafeInteger(n) && Math.abs(n) < 2 ** 52) return (delta) => n + delta;
  return (delta) => base + BigInt(delta);
}

/** A record's timestamp from its delta, as the records of one batch share it. */
type TimestampOf = (delta: number) => string;

/**
 * A record whose key, value, headers and decimal offset and timestamp are made from the batch's bytes the
 * first time they are read: a scan that rules a record out on its key never makes views of its value or
 * headers, nor strings of its timestamp. Records are read, never changed.
 */
class DecodedRecord implements KafkaRecord {
  readonly magicByte = RECORD_BATCH_MAGIC;
  /** The offset as a number (offsets stay far below 2^53), for readers that compare offsets. */
  readonly offsetNumber: number;
  #offset: string | undefined;
  #timestamp: string | undefined;
  #key: Buffer | null | undefined;
  #value: Buffer | null | undefined;
  #headers: KafkaRecord['headers'] | undefined;

  constructor(
    private readonly bytes: Buffer,
    /** Start of the key's varint length; value and headers follow it. */
    private readonly keyAt: number,
    readonly attributes: number,
    offset: number | bigint,
    private readonly timestampDelta: number,
    private readonly timestampOf: TimestampOf,
    readonly isControlRecord: boolean,
    readonly batchContext: KafkaRecord['batchContext'],
  ) {
    this.offsetNumber = Number(offset);
    if (typeof offset === 'bigint') this.#offset = String(offset);
  }

  get offset(): string {
    return (this.#offset ??= String(this.offsetNumber));
  }

  get timestamp(): string {
    return (this.#timestamp ??= this.timestampOf(this.timestampDelta));
  }

  get key(): Buffer | null {
    if (this.#key === undefined) this.#key = new Reader(this.bytes, this.keyAt).varBytes();
    return this.#key;
  }

  get value(): Buffer | null {
    if (this.#value === undefined) {
      const r = new Reader(this.bytes, this.keyAt);
      r.skipVarBytes();
      this.#value = r.varBytes();
    }
    return this.#value;
  }

  get headers(): KafkaRecord['headers'] {
    if (this.#headers === undefined) {
      const r = new Reader(this.bytes, this.keyAt);
      r.skipVarBytes();
      r.skipVarBytes();
      const headers: KafkaRecord['headers'] = {};
      for (let count = r.varint(); count > 0; count--) {
        const keyLength = r.varint();
        const name = r.buf.toString('utf8', r.pos, r.pos + keyLength);
        r.pos += keyLength;
        const value = r.varBytes();
        const seen = headers[name];
        headers[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
      }
      this.#headers = headers;
    }
    return this.#headers;
  }
}

/** Appends the batch's records to `records` (a batch can hold more records than a spread may pass). */
function readRecords(data: Reader, count: number, batchContext: KafkaRecord['batchContext'] & Record<string, unknown>, records: KafkaRecord[]): void {
  const end = data.buf.length;
  const offsetOf = adder(BigInt(batchContext.firstOffset as string));
  const timestampAfter = adder(BigInt(batchContext.firstTimestamp as string));
  const appendTime = batchContext.timestampType === LOG_APPEND_TIME && batchContext.maxTimestamp ? (batchContext.maxTimestamp as string) : null;
  // A log-append-time batch gives every record the batch's time.
  const timestampOf: TimestampOf = appendTime === null ? (delta) => String(timestampAfter(delta)) : () => appendTime;
  const isControlRecord = batchContext.isControlBatch as boolean;
  for (let i = 0; i < count && data.pos < end; i++) {
    const length = data.varint();
    const recordEnd = data.pos + length;
    // A record holds at least its attributes byte; anything else is a corrupt batch, read no further.
    if (length < 1 || recordEnd > end) break;
    const attributes = data.int8();
    const timestampDelta = data.varint();
    const offsetDelta = data.varint();
    records.push(new DecodedRecord(data.buf, data.pos, attributes, offsetOf(offsetDelta), timestampDelta, timestampOf, isControlRecord, batchContext));
    data.pos = recordEnd;
  }
}

/**
 * Every whole record batch of a partition's record set, its records in order. A batch cut off at the end
 * (Fetch's byte limit) is left for the next fetch, as Kafka's own consumer does.
 */
export async function decodeRecordSet(set: Buffer): Promise<KafkaRecord[]> {
  if (set.length > MAGIC_OFFSET && set.readInt8(MAGIC_OFFSET) !== RECORD_BATCH_MAGIC) {
    const sized = Buffer.allocUnsafe(4 + set.length);
    sized.writeInt32BE(set.length, 0);
    set.copy(sized, 4);
    return (await decodeLegacyMessages(new decoderForBytes(sized))) as KafkaRecord[];
  }
  const records: KafkaRecord[] = [];
  const r = new Reader(set);
  while (r.pos + BATCH_HEADER_BYTES <= set.length) {
    const start = r.pos;
    const baseOffset = r.int64();
    const batchLength = r.int32();
    const end = start + 12 + batchLength;
    if (end > set.length) break;
    // A batch in an older format after a v2 one (a format upgrade under way): the rest comes next fetch.
    if (set.readInt8(start + MAGIC_OFFSET) !== RECORD_BATCH_MAGIC) break;
    const partitionLeaderEpoch = r.int32();
    r.pos += 1 + 4; // magic, crc (Kafka's own clients check the CRC; kafkajs does not, nor do we)
    const attributes = r.int16();
    const lastOffsetDelta = r.int32();
    const firstTimestamp = r.int64();
    const maxTimestamp = r.int64();
    const producerId = r.int64();
    const producerEpoch = r.int16();
    const firstSequence = r.int32();
    const count = r.int32();
    const batchContext = {
      firstOffset: String(baseOffset),
      firstTimestamp: String(firstTimestamp),
      partitionLeaderEpoch,
      inTransaction: (attributes & TRANSACTIONAL_MASK) !== 0,
      isControlBatch: (attributes & CONTROL_MASK) !== 0,
      lastOffsetDelta,
      producerId: String(producerId),
      producerEpoch,
      firstSequence,
      maxTimestamp: String(maxTimestamp),
      timestampType: attributes & TIMESTAMP_TYPE_MASK ? LOG_APPEND_TIME : CREATE_TIME,
      magicByte: RECORD_BATCH_MAGIC,
    };
    const codecType = attributes & COMPRESSION_CODEC_MASK;
    const body = set.subarray(r.pos, end);
    let data: Reader;
    if (codecType === 0) data = new Reader(body);
    else {
      const codec = (CompressionCodecs as unknown as Record<number, (() => { decompress(b: Buffer): Promise<Buffer> }) | undefined>)[codecType];
      if (!codec) throw new Error(`a record batch uses compression codec ${codecType}, which Kafka does not define`);
      data = new Reader(await codec().decompress(body));
    }
    readRecords(data, count, batchContext, records);
    r.pos = end;
  }
  return records;
}

async function decodePartition(r: Reader): Promise<FetchPartitionAnswer> {
  const partition = r.int32();
  const errorCode = r.int16();
  const highWatermark = String(r.int64());
  const lastStableOffset = String(r.int64());
  const lastStartOffset = String(r.int64());
  const abortedCount = r.int32();
  const abortedTransactions = [];
  for (let i = 0; i < abortedCount; i++) abortedTransactions.push({ producerId: String(r.int64()), firstOffset: String(r.int64()) });
  const preferredReadReplica = r.int32();
  const setLength = r.int32();
  const set = setLength > 0 ? r.buf.subarray(r.pos, Math.min(r.buf.length, r.pos + setLength)) : null;
  r.pos += Math.max(0, setLength);
  const messages = set ? await decodeRecordSet(set) : [];
  return { partition, errorCode, highWatermark, lastStableOffset, lastStartOffset, abortedTransactions, preferredReadReplica, messages } as FetchPartitionAnswer;
}

/** A Fetch v11 answer as kafkajs's decoder gives it. */
export async function decodeFetchResponse(payload: Buffer): Promise<FetchAnswer & { throttleTime: number; clientSideThrottleTime: number; errorCode: number; sessionId: number }> {
  const r = new Reader(payload);
  const clientSideThrottleTime = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const responses = [];
  for (let t = r.int32(); t > 0; t--) {
    const topicName = r.string();
    const partitions = [];
    for (let p = r.int32(); p > 0; p--) partitions.push(await decodePartition(r));
    responses.push({ topicName, partitions });
  }
  // As kafkajs: the broker did not throttle this answer; a positive clientSideThrottleTime asks us to wait.
  return { throttleTime: 0, clientSideThrottleTime, errorCode, sessionId, responses };
}
