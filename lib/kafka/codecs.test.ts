import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { COMPRESSION, decompressZstd } from './codecs';

const text = Buffer.from('{"merchant":"acme","amount":{"value":12.5}}\n'.repeat(2_000));
const codec = (type: CompressionTypes) => (CompressionCodecs[type as CompressionTypes.GZIP] as unknown as () => {
  compress(e: { buffer: Buffer }): Promise<Buffer>;
  decompress(b: Buffer): Promise<Buffer>;
})();

/** zstd -c --no-content-size of 120,000 lines "fluxo zstd fixture line" (2,880,000 bytes), as Java's zstd stream writes. */
const ZSTD_WITHOUT_CONTENT_SIZE = Buffer.from('KLUv/QRYBAEAwGZsdXhvIHpzdGQgZml4dHVyZSBsaW5lCgEAlP9vPsdMAAAIdAEA/P85EAJMAAAIcgEA/P85EAJMAAAIZgEA/P85EAJMAAAIdAEA/P85EAJMAAAIcgEA/P85EAJMAAAIZgEA/P85EAJMAAAIdAEA/P85EAJMAAAIcgEA/P85EAJMAAAIZgEA/P85EAJMAAAIdAEA/P85EAJMAAAIcgEA/P85EAJMAAAIZgEA/P85EAJMAAAIdAEA/P85EAJMAAAIcgEA/P85EAJMAAAIZgEA/P85EAJMAAAIdAEA/P85EAJMAAAIcgEA/P85EAJMAAAIZgEA/P85EAJMAAAIdAEA/P85EAJMAAAIcgEA/P85EAJNAAAIZgEA/PE5EAJeEwMz', 'base64');

describe('compression codecs', () => {
  for (const name of ['snappy', 'lz4', 'zstd'] as const) {
    it(`registers ${name} with kafkajs, and what it compresses it reads back, smaller`, async () => {
      const c = codec(COMPRESSION[name]);
      const packed = await c.compress({ buffer: text });
      expect(packed.length).toBeLessThan(text.length / 10);
      expect((await c.decompress(packed)).equals(text)).toBe(true);
    });
  }

  it('reads snappy in the xerial framing of Java producers, chunk by chunk', async () => {
    const c = codec(CompressionTypes.Snappy);
    const [a, b] = [await c.compress({ buffer: text.subarray(0, 1000) }), await c.compress({ buffer: text.subarray(1000) })];
    const header = Buffer.from([130, 83, 78, 65, 80, 80, 89, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    const size = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
    const framed = Buffer.concat([header, size(a.length), a, size(b.length), b]);
    expect((await c.decompress(framed)).equals(text)).toBe(true);
  });

  it('writes lz4 in the frame format Kafka uses (magic 04 22 4D 18)', async () => {
    const packed = await codec(CompressionTypes.LZ4).compress({ buffer: text });
    expect([...packed.subarray(0, 4)]).toEqual([0x04, 0x22, 0x4d, 0x18]);
  });

  it('reads a zstd frame that does not tell its size, larger than the first guess of room', async () => {
    await codec(CompressionTypes.ZSTD).decompress(await codec(CompressionTypes.ZSTD).compress({ buffer: text }));
    const out = decompressZstd(ZSTD_WITHOUT_CONTENT_SIZE);
    expect(out.length).toBe(2_880_000);
    expect(out.subarray(0, 24).toString()).toBe('fluxo zstd fixture line\n');
  });
});
