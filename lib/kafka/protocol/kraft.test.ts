import { describe, expect, it } from 'vitest';
import { kafkaReleaseFromMetadataLevel, metadataVersionName } from '../../cluster/metadata-version';
import { decodeApiVersionsV3, decodeDescribeQuorum, encodeApiVersionsV3, encodeDescribeQuorum } from './kraft';
import { WireReader, WireWriter } from './wire';

const int64 = (v: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(v);
  return b;
};

/** A tagged-fields section with one field, as Kafka writes it. */
function tagged(tag: number, body: Buffer): Buffer {
  return Buffer.concat([new WireWriter().uvarint(1).uvarint(tag).uvarint(body.length).toBuffer(), body]);
}

describe('flexible wire encoding', () => {
  it('writes unsigned varints of one to five bytes and reads them back', () => {
    for (const v of [0, 1, 127, 128, 300, 16_384, 2 ** 31 - 1]) {
      expect(new WireReader(new WireWriter().uvarint(v).toBuffer()).uvarint()).toBe(v);
    }
    expect(new WireWriter().uvarint(300).toBuffer()).toEqual(Buffer.from([0xac, 0x02]));
  });

  it('encodes compact strings with length + 1 and null as 0', () => {
    expect(new WireWriter().compactString('ab').compactString(null).toBuffer()).toEqual(Buffer.from([3, 0x61, 0x62, 0]));
  });

  it('refuses to read past the end of a truncated answer', () => {
    expect(() => new WireReader(Buffer.from([5, 0x61])).compactString()).toThrow(/truncated/);
  });
});

describe('ApiVersions v3', () => {
  it('encodes the client software name and version', () => {
    expect(encodeApiVersionsV3()).toEqual(Buffer.from([6, ...Buffer.from('fluxo'), 2, 0x31, 0]));
  });

  it('reads api keys and the supported and finalized features from tagged fields', () => {
    const w = new WireWriter().int16(0);
    w.compactArray([{ key: 18, min: 0, max: 4 }], (x, k) => x.int16(k.key).int16(k.min).int16(k.max).noTags());
    w.int32(0);
    const supported = new WireWriter()
      .compactArray([{ name: 'metadata.version', min: 7, max: 30 }], (x, f) => x.compactString(f.name).int16(f.min).int16(f.max).noTags())
      .toBuffer();
    const finalized = new WireWriter()
      .compactArray([{ name: 'metadata.version', max: 30, min: 30 }], (x, f) => x.compactString(f.name).int16(f.max).int16(f.min).noTags())
      .toBuffer();
    const tags = Buffer.concat([
      new WireWriter().uvarint(2).toBuffer(),
      new WireWriter().uvarint(0).uvarint(supported.length).toBuffer(),
      supported,
      new WireWriter().uvarint(2).uvarint(finalized.length).toBuffer(),
      finalized,
    ]);
    const answer = decodeApiVersionsV3(Buffer.concat([w.toBuffer(), tags]));
    expect(answer.apiKeys).toEqual([{ apiKey: 18, minVersion: 0, maxVersion: 4 }]);
    expect(answer.supportedFeatures).toEqual([{ name: 'metadata.version', min: 7, max: 30 }]);
    expect(answer.finalizedFeatures).toEqual([{ name: 'metadata.version', min: 30, max: 30 }]);
  });
});

describe('DescribeQuorum', () => {
  it('asks for partition 0 of __cluster_metadata', () => {
    const r = new WireReader(encodeDescribeQuorum());
    const topics = r.compactArray((t) => {
      const name = t.compactString();
      const partitions = t.compactArray((p) => {
        const id = p.int32();
        p.tags();
        return id;
      });
      t.tags();
      return { name, partitions };
    });
    expect(topics).toEqual([{ name: '__cluster_metadata', partitions: [0] }]);
  });

  it('reads the leader, epoch, high watermark, voters and observers of a v1 answer', () => {
    const replica = (id: number, leo: bigint, caughtUp: bigint) =>
      Buffer.concat([new WireWriter().int32(id).toBuffer(), int64(leo), int64(0n), int64(caughtUp), Buffer.from([0])]);
    const partition = Buffer.concat([
      new WireWriter().int32(0).int16(0).int32(2).int32(7).toBuffer(),
      int64(120n),
      new WireWriter().uvarint(3).toBuffer(),
      replica(1, 118n, 1_700_000_000_000n),
      replica(2, 120n, -1n),
      new WireWriter().uvarint(1).toBuffer(),
      Buffer.from([0]),
    ]);
    const body = Buffer.concat([
      Buffer.from([0]), // response header tagged fields
      new WireWriter().int16(0).uvarint(2).compactString('__cluster_metadata').uvarint(2).toBuffer(),
      partition,
      Buffer.from([0, 0]),
    ]);
    expect(decodeDescribeQuorum(body, 1)).toEqual({
      leaderId: 2,
      leaderEpoch: 7,
      highWatermark: '120',
      voters: [
        { id: 1, logEndOffset: '118', lastCaughtUpTimestamp: 1_700_000_000_000 },
        { id: 2, logEndOffset: '120', lastCaughtUpTimestamp: null },
      ],
      observers: [],
    });
  });

  it('skips unknown tagged fields it does not read', () => {
    const body = Buffer.concat([tagged(9, Buffer.from([1, 2, 3])), new WireWriter().int16(0).uvarint(1).toBuffer(), Buffer.from([0])]);
    expect(() => decodeDescribeQuorum(body, 0)).toThrow(/without the metadata partition/);
  });
});

describe('metadata.version names', () => {
  it('names known levels as Kafka does', () => {
    expect(metadataVersionName(30)).toBe('4.3-IV0');
    expect(metadataVersionName(7)).toBe('3.3-IV3');
  });

  it('tells the release from the highest supported level', () => {
    expect(kafkaReleaseFromMetadataLevel(30)).toBe('4.3');
    expect(kafkaReleaseFromMetadataLevel(99)).toBe('newer than 4.4');
    expect(kafkaReleaseFromMetadataLevel(undefined)).toBeNull();
  });
});
