import 'server-only';
// Every compression codec Kafka producers use, registered once with kafkajs (which ships only gzip), so batches
// written by Java clients, librdkafka/kcat or Fluxo read and write alike:
// - snappy: kafkajs-snappy (pure JS), raw snappy and Java's xerial framing (SnappyOutputStream) both read;
// - lz4: lz4-napi, the LZ4 frame format Kafka uses since message format v1 (prebuilt binaries from npm);
// - zstd: @bokuweb/zstd-wasm (WebAssembly shipped in the package).
// Loaded by client.ts before any client exists.
import { init as initZstd, compress as zstdCompress, decompress as zstdDecompress } from '@bokuweb/zstd-wasm';
import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import createSnappyCodec from 'kafkajs-snappy';
import { compressFrame, decompressFrame } from 'lz4-napi';

/** kafkajs hands compress() its record encoder; the bytes are in `.buffer`. */
interface Encoder {
  buffer: Buffer;
}

/** Level 3 is zstd's own default, as Kafka's (compression.zstd.level). */
const ZSTD_LEVEL = 3;
/**
 * Java's zstd stream does not write the content size, so the output room is guessed: start at 1 MiB and grow
 * while zstd says it is too small, up to this bound on one decompressed batch (a batch larger than this is
 * refused rather than allowed to take the server's memory).
 */
const ZSTD_FIRST_ROOM_BYTES = 1 << 20;
export const MAX_DECOMPRESSED_BATCH_BYTES = 256 << 20;
/** ZSTD_error_dstSize_tooSmall, as the wasm build reports it. */
const ZSTD_DST_TOO_SMALL = /code -70\b/;

let zstdReady: Promise<void> | undefined;

export function decompressZstd(data: Buffer): Buffer {
  for (let room = ZSTD_FIRST_ROOM_BYTES; ; room *= 4) {
    try {
      return Buffer.from(zstdDecompress(data, { defaultHeapSize: room }));
    } catch (err) {
      if (!ZSTD_DST_TOO_SMALL.test((err as Error).message)) throw err;
      if (room >= MAX_DECOMPRESSED_BATCH_BYTES) {
        throw new Error(`a zstd batch decompresses to more than ${MAX_DECOMPRESSED_BATCH_BYTES >> 20} MiB; not read`);
      }
    }
  }
}

const zstdCodec = () => ({
  async compress(encoder: Encoder): Promise<Buffer> {
    await (zstdReady ??= initZstd());
    return Buffer.from(zstdCompress(encoder.buffer, ZSTD_LEVEL));
  },
  async decompress(buffer: Buffer): Promise<Buffer> {
    await (zstdReady ??= initZstd());
    return decompressZstd(buffer);
  },
});

const lz4Codec = () => ({
  compress: (encoder: Encoder): Promise<Buffer> => compressFrame(encoder.buffer),
  decompress: (buffer: Buffer): Promise<Buffer> => decompressFrame(buffer),
});

type Codec = (typeof CompressionCodecs)[CompressionTypes.GZIP];

CompressionCodecs[CompressionTypes.Snappy] = createSnappyCodec as unknown as Codec;
CompressionCodecs[CompressionTypes.LZ4] = lz4Codec as unknown as Codec;
CompressionCodecs[CompressionTypes.ZSTD] = zstdCodec as unknown as Codec;

/** The codecs a produce request may ask for, by the names Kafka's producer config uses. */
export const COMPRESSION = {
  none: CompressionTypes.None,
  gzip: CompressionTypes.GZIP,
  snappy: CompressionTypes.Snappy,
  lz4: CompressionTypes.LZ4,
  zstd: CompressionTypes.ZSTD,
} as const;
export type CompressionName = keyof typeof COMPRESSION;
