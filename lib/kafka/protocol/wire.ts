import 'server-only';
// Kafka's "flexible" wire encoding (KIP-482): unsigned varints, compact strings and arrays, tagged fields.
// kafkajs 2.2.4 predates it, so the few flexible requests Fluxo sends are encoded here. Pure, no I/O.

export class WireWriter {
  private chunks: Buffer[] = [];

  int16(v: number): this {
    const b = Buffer.alloc(2);
    b.writeInt16BE(v);
    this.chunks.push(b);
    return this;
  }

  int32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    this.chunks.push(b);
    return this;
  }

  uvarint(v: number): this {
    const bytes: number[] = [];
    let rest = v >>> 0;
    while (rest >= 0x80) {
      bytes.push((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    bytes.push(rest);
    this.chunks.push(Buffer.from(bytes));
    return this;
  }

  compactString(s: string | null): this {
    if (s === null) return this.uvarint(0);
    const bytes = Buffer.from(s, 'utf8');
    this.uvarint(bytes.length + 1);
    this.chunks.push(bytes);
    return this;
  }

  compactArray<T>(items: T[], write: (w: this, item: T) => void): this {
    this.uvarint(items.length + 1);
    for (const item of items) write(this, item);
    return this;
  }

  /** An empty tagged-fields section. */
  noTags(): this {
    return this.uvarint(0);
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }

  int8(v: number): this {
    const b = Buffer.alloc(1);
    b.writeInt8(v);
    this.chunks.push(b);
    return this;
  }

  int64(v: bigint): this {
    const b = Buffer.alloc(8);
    b.writeBigInt64BE(v);
    this.chunks.push(b);
    return this;
  }

  bool(v: boolean): this {
    return this.int8(v ? 1 : 0);
  }

  float64(v: number): this {
    const b = Buffer.alloc(8);
    b.writeDoubleBE(v);
    this.chunks.push(b);
    return this;
  }
}

export class WireReader {
  private offset = 0;

  constructor(private readonly buf: Buffer) {}

  private need(n: number) {
    if (this.offset + n > this.buf.length) throw new RangeError(`truncated Kafka response at byte ${this.offset}`);
  }

  int8(): number {
    this.need(1);
    return this.buf.readInt8(this.offset++);
  }

  int16(): number {
    this.need(2);
    const v = this.buf.readInt16BE(this.offset);
    this.offset += 2;
    return v;
  }

  int32(): number {
    this.need(4);
    const v = this.buf.readInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  int64(): bigint {
    this.need(8);
    const v = this.buf.readBigInt64BE(this.offset);
    this.offset += 8;
    return v;
  }

  uvarint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      this.need(1);
      const byte = this.buf[this.offset++]!;
      value |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value >>> 0;
    }
    throw new RangeError('varint longer than 5 bytes');
  }

  compactString(): string | null {
    const len = this.uvarint();
    if (len === 0) return null;
    this.need(len - 1);
    const s = this.buf.toString('utf8', this.offset, this.offset + len - 1);
    this.offset += len - 1;
    return s;
  }

  compactArray<T>(read: (r: this) => T): T[] {
    const n = this.uvarint();
    if (n === 0) return [];
    const out: T[] = [];
    for (let i = 0; i < n - 1; i++) out.push(read(this));
    return out;
  }

  /** Reads a tagged-fields section; known tags are handed to onTag with a reader over their bytes. */
  tags(onTag?: (tag: number, r: WireReader) => void): void {
    const count = this.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = this.uvarint();
      const size = this.uvarint();
      this.need(size);
      const slice = this.buf.subarray(this.offset, this.offset + size);
      this.offset += size;
      onTag?.(tag, new WireReader(slice));
    }
  }

  bool(): boolean {
    return this.int8() !== 0;
  }

  float64(): number {
    this.need(8);
    const v = this.buf.readDoubleBE(this.offset);
    this.offset += 8;
    return v;
  }
}
