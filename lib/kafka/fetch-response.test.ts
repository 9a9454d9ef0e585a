import { CompressionTypes } from 'kafkajs';
import { RecordBatch } from 'kafkajs/src/protocol/recordBatch/v0/index.js';
import Record from 'kafkajs/src/protocol/recordBatch/record/v0/index.js';
import Encoder from 'kafkajs/src/protocol/encoder.js';
import Decoder from 'kafkajs/src/protocol/decoder.js';
import kafkajsDecodeMessages from 'kafkajs/src/protocol/requests/fetch/v4/decodeMessages.js';
import kafkajsFetchV11 from 'kafkajs/src/protocol/requests/fetch/v11/response.js';
import Long from 'kafkajs/src/utils/long.js';
import { describe, expect, it } from 'vitest';
import { decodeFetchResponse, decodeRecordSet } from './fetch-response';
import type { KafkaRecord } from './internals';

type Headers = Record<string, Buffer | Buffer[]>;
interface Spec {
  key: Buffer | null;
  value: Buffer | null;
  headers?: Headers;
}

/** One record batch as kafkajs's producer encodes it (its bytes: baseOffset, length, the rest). */
async function batch(firstOffset: number, specs: Spec[], options: { compression?: CompressionTypes; transactional?: boolean; timestampDeltas?: number[] } = {}): Promise<Buffer> {
  const records = specs.map((s, i) => Record({ offsetDelta: i, timestampDelta: options.timestampDeltas?.[i] ?? i * 7, key: s.key, value: s.value, headers: s.headers }));
  const encoded = await RecordBatch({
    compression: options.compression ?? CompressionTypes.None,
    firstOffset: Long.fromValue(firstOffset),
    firstTimestamp: 1_700_000_000_000,
    maxTimestamp: 1_700_000_000_000 + specs.length * 7,
    lastOffsetDelta: specs.length - 1,
    transactional: options.transactional ?? false,
    producerId: Long.fromValue(options.transactional ? 4242 : -1),
    records,
  });
  return encoded.buffer;
}

/** The same record set through kafkajs's own Fetch decoder (int32 size, then the bytes). */
async function kafkajsRecords(set: Buffer): Promise<unknown[]> {
  const sized = Buffer.concat([Buffer.from([set.length >>> 24, (set.length >>> 16) & 255, (set.length >>> 8) & 255, set.length & 255]), set]);
  return kafkajsDecodeMessages(new Decoder(sized));
}

/** A record as plain data, whatever object holds it (ours reads key, value and headers on demand). */
const plain = (r: KafkaRecord) => ({
  offset: r.offset,
  timestamp: r.timestamp,
  key: r.key,
  value: r.value,
  headers: r.headers,
  isControlRecord: r.isControlRecord,
  batchContext: r.batchContext,
  magicByte: (r as unknown as { magicByte: number }).magicByte,
  attributes: (r as unknown as { attributes: number }).attributes,
});
const ours = async (set: Buffer) => (await decodeRecordSet(set)).map(plain);
const theirs = async (set: Buffer) => ((await kafkajsRecords(set)) as KafkaRecord[]).map(plain);

const json = (i: number) => Buffer.from(JSON.stringify({ merchant: `m-${i}`, amount: { value: i / 100 }, note: 'x'.repeat(i % 50) }));
const specs: Spec[] = [
  { key: Buffer.from('c-1'), value: json(1), headers: { 'event-type': Buffer.from('payment.captured') } },
  { key: null, value: json(2), headers: { a: [Buffer.from('1'), Buffer.from('22')], é: Buffer.from('ü') } },
  { key: Buffer.from([0xff, 0x00]), value: null },
  { key: Buffer.alloc(0), value: Buffer.alloc(0), headers: {} },
  ...Array.from({ length: 300 }, (_, i) => ({ key: Buffer.from(`k-${i}`), value: json(i) })),
];

describe('decodeRecordSet', () => {
  for (const [name, compression] of Object.entries({ none: CompressionTypes.None, gzip: CompressionTypes.GZIP, snappy: CompressionTypes.Snappy, lz4: CompressionTypes.LZ4, zstd: CompressionTypes.ZSTD })) {
    it(`reads batches compressed with ${name} exactly as kafkajs does`, async () => {
      const set = Buffer.concat([await batch(0, specs, { compression }), await batch(specs.length, specs.slice(0, 5), { compression, transactional: true })]);
      expect(await ours(set)).toHaveLength(specs.length + 5);
      expect(await ours(set)).toEqual(await theirs(set));
    });
  }

  it("gives every record of a log-append-time batch the batch's time, as kafkajs does", async () => {
    const set = await batch(0, specs.slice(0, 4));
    // Attributes (int16 after baseOffset, length, epoch, magic and crc): bit 3 is the timestamp type.
    set.writeInt16BE(set.readInt16BE(21) | 0x08, 21);
    const records = await ours(set);
    expect(new Set(records.map((r) => r.timestamp))).toEqual(new Set([String(1_700_000_000_000 + 4 * 7)]));
    expect(records).toEqual(await theirs(set));
  });

  it('leaves a batch cut off by the byte limit for the next fetch, as kafkajs does', async () => {
    const whole = await batch(0, specs.slice(0, 10));
    const set = Buffer.concat([whole, (await batch(10, specs.slice(0, 10))).subarray(0, 90)]);
    expect((await ours(set)).map((r) => r.offset)).toEqual(Array.from({ length: 10 }, (_, i) => String(i)));
    expect(await ours(set)).toEqual(await theirs(set));
  });

  it('stops at a corrupt batch instead of looping over a record count it claims', async () => {
    const corrupt = Buffer.from(await batch(0, specs.slice(0, 1)));
    corrupt.writeInt32BE(0x7fffffff, 57);
    corrupt.fill(0, 61);
    expect(await decodeRecordSet(corrupt)).toEqual([]);
  });

  it('keeps offsets and timestamps exact past 2^53, and negative timestamp deltas', async () => {
    const set = await batch(2 ** 53 + 10, specs.slice(0, 3), { timestampDeltas: [0, -5, 3] });
    expect((await ours(set)).map((r) => r.offset)).toEqual(['9007199254741002', '9007199254741003', '9007199254741004']);
    expect(await ours(set)).toEqual(await theirs(set));
  });
});

describe('decodeFetchResponse', () => {
  it('reads a whole Fetch v11 answer as kafkajs does: partitions, errors, aborted transactions, records', async () => {
    const set = await batch(40, specs.slice(0, 20));
    const partition = (p: number, errorCode: number, records: Buffer | null, aborted: [number, number][]) => {
      const e = new Encoder().writeInt32(p).writeInt16(errorCode).writeInt64(60).writeInt64(58).writeInt64(0);
      e.writeInt32(aborted.length);
      for (const [producerId, firstOffset] of aborted) e.writeInt64(producerId).writeInt64(firstOffset);
      e.writeInt32(-1);
      if (records) e.writeInt32(records.length).writeBuffer(records);
      else e.writeInt32(0);
      return e;
    };
    const payload = new Encoder().writeInt32(0).writeInt16(0).writeInt32(0).writeInt32(2);
    payload.writeString('payments').writeInt32(2).writeEncoder(partition(0, 0, set, [[4242, 45]])).writeEncoder(partition(1, 6, null, []));
    payload.writeString('other').writeInt32(1).writeEncoder(partition(3, 0, set.subarray(0, 30), []));
    type Answer = Awaited<ReturnType<typeof decodeFetchResponse>>;
    const withPlainRecords = (a: Answer) => ({ ...a, responses: a.responses.map((t) => ({ ...t, partitions: t.partitions.map((p) => ({ ...p, messages: p.messages.map(plain) })) })) });
    const answer = await decodeFetchResponse(payload.buffer);
    expect(answer.responses[0]!.partitions[0]!.messages).toHaveLength(20);
    expect(withPlainRecords(answer)).toEqual(withPlainRecords((await kafkajsFetchV11.decode(payload.buffer)) as Answer));
  });
});
