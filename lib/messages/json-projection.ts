// The parts of a JSON document that some paths read, taken from its bytes without parsing the rest. A
// search whose fast path reads `value.amount.value` spent most of its time in JSON.parse building objects
// for every other field of every message, and the collector more freeing them; this walks the bytes once,
// checking the whole document against JSON's grammar (so that it says "not JSON" exactly when JSON.parse
// would throw) but makes values only at the wanted paths.
//
// The projection answers every lookup along the wanted paths as the parsed document would: an object holds
// the wanted keys it has (the last of duplicate keys, as JSON.parse keeps), an array stands as an empty
// array (a path that meets an array is JSONata's to follow), and a value at the end of a path is parsed
// whole. Objects have no prototype, so a key such as `__proto__` is an own key, as in JSON.parse's result.
// Pure: the caller checks that the bytes are UTF-8.

/** Names to follow from a value: name → what to follow from that name's value (empty: take it whole). */
export type PathTree = Map<string, PathTree>;

/** The bytes are not one JSON document (JSON.parse would throw on their text). */
export const NOT_JSON: unique symbol = Symbol('not JSON');

/** A tree of the paths, e.g. [["amount", "value"], ["merchant"]]; a path that is a prefix of another takes its value whole. */
export function pathTree(paths: readonly (readonly string[])[]): PathTree {
  const root: PathTree = new Map();
  const whole = new Set<PathTree>();
  for (const path of paths) {
    let node = root;
    for (const name of path) {
      if (whole.has(node)) break;
      let next = node.get(name);
      if (!next) node.set(name, (next = new Map()));
      node = next;
    }
    // Reading this value whole wins over reading parts of it.
    node.clear();
    whole.add(node);
  }
  return root;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_1 = 0x31;
const DIGIT_9 = 0x39;
const LETTER_E = 0x65;
const LETTER_UPPER_E = 0x45;

const isDigit = (c: number | undefined) => c !== undefined && c >= DIGIT_0 && c <= DIGIT_9;
const isHex = (c: number | undefined) => c !== undefined && ((c >= DIGIT_0 && c <= DIGIT_9) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
/** The escapes JSON allows after a backslash, besides `u`. */
const SIMPLE_ESCAPES = new Set([QUOTE, BACKSLASH, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);
const utf8 = new TextDecoder();
const encoder = new TextEncoder();
const LITERALS = ['true', 'false', 'null'].map((word) => encoder.encode(word));

class Walker {
  pos = 0;
  /** UTF-8 bytes of each tree's names, reused across documents. */
  private readonly nameBytes = new WeakMap<PathTree, [string, Uint8Array][]>();

  constructor(private b: Uint8Array) {}

  reset(bytes: Uint8Array): void {
    this.b = bytes;
    this.pos = 0;
  }

  atEnd(): boolean {
    this.ws();
    return this.pos === this.b.length;
  }

  /** The byte after whitespace (JSON's four kinds only). */
  peek(): number | undefined {
    this.ws();
    return this.b[this.pos];
  }

  private ws(): void {
    const b = this.b;
    let p = this.pos;
    for (let c = b[p]; c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = b[++p]);
    this.pos = p;
  }

  /** Past one string token; false when it is not one (a control character, a bad escape, no end). */
  private skipString(): boolean {
    const b = this.b;
    let p = this.pos + 1;
    for (;;) {
      const c = b[p];
      if (c === undefined || c < 0x20) return false;
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        const e = b[p + 1];
        if (e === 0x75) {
          if (!(isHex(b[p + 2]) && isHex(b[p + 3]) && isHex(b[p + 4]) && isHex(b[p + 5]))) return false;
          p += 6;
        } else if (e !== undefined && SIMPLE_ESCAPES.has(e)) p += 2;
        else return false;
      } else p++;
    }
    this.pos = p + 1;
    return true;
  }

  private skipNumber(): boolean {
    const b = this.b;
    let p = this.pos;
    if (b[p] === MINUS) p++;
    if (b[p] === DIGIT_0) p++;
    else if (b[p] !== undefined && b[p]! >= DIGIT_1 && b[p]! <= DIGIT_9) while (isDigit(b[p])) p++;
    else return false;
    if (b[p] === DOT) {
      p++;
      if (!isDigit(b[p])) return false;
      while (isDigit(b[p])) p++;
    }
    if (b[p] === LETTER_E || b[p] === LETTER_UPPER_E) {
      p++;
      if (b[p] === PLUS || b[p] === MINUS) p++;
      if (!isDigit(b[p])) return false;
      while (isDigit(b[p])) p++;
    }
    this.pos = p;
    return true;
  }

  private skipLiteral(): boolean {
    for (const word of LITERALS) {
      if (this.b[this.pos] !== word[0]) continue;
      for (let i = 1; i < word.length; i++) if (this.b[this.pos + i] !== word[i]) return false;
      this.pos += word.length;
      return true;
    }
    return false;
  }

  private skipScalar(): boolean {
    const c = this.b[this.pos];
    if (c === QUOTE) return this.skipString();
    if (c === MINUS || isDigit(c)) return this.skipNumber();
    return this.skipLiteral();
  }

  /** A key and its colon, in an object being skipped. */
  private skipKey(): boolean {
    if (this.peek() !== QUOTE || !this.skipString()) return false;
    if (this.peek() !== COLON) return false;
    this.pos++;
    return true;
  }

  /** Past one whole value, checked, without recursion (a deep document cannot exhaust the stack). */
  skipValue(): boolean {
    const first = this.peek();
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) return this.skipScalar();
    const open: number[] = [];
    for (;;) {
      const c = this.peek();
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        this.pos++;
        const close = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
        if (this.peek() === close) this.pos++;
        else {
          open.push(close);
          if (close === CLOSE_BRACE && !this.skipKey()) return false;
          continue;
        }
      } else if (!this.skipScalar()) return false;
      // After a value: close what ends here, then a comma or the end of the outermost value.
      for (;;) {
        if (open.length === 0) return true;
        const close = open[open.length - 1];
        const d = this.peek();
        if (d === close) {
          this.pos++;
          open.pop();
          continue;
        }
        if (d !== COMMA) return false;
        this.pos++;
        if (close === CLOSE_BRACE && !this.skipKey()) return false;
        break;
      }
    }
  }

  /** One value parsed whole; NOT_JSON when it is not one. Numbers and literals are read without decoding text. */
  private parseValue(): unknown {
    const c = this.peek();
    const start = this.pos;
    if (!this.skipValue()) return NOT_JSON;
    if (c === MINUS || isDigit(c)) return this.numberAt(start, this.pos);
    if (c === 0x74) return true;
    if (c === 0x66) return false;
    if (c === 0x6e) return null;
    return JSON.parse(utf8.decode(this.b.subarray(start, this.pos)));
  }

  /**
   * The JSON number in [start, end) (its grammar checked). Up to 15 digits and no exponent, it is the
   * integer of its digits divided by a power of ten: both exact doubles, so the division rounds correctly,
   * as JSON.parse does. Anything longer is read by Number, which reads JSON numbers as JSON.parse does.
   */
  private numberAt(start: number, end: number): number {
    const b = this.b;
    let p = start;
    const negative = b[p] === MINUS;
    if (negative) p++;
    let digits = 0;
    let mantissa = 0;
    let scale = 1;
    let fraction = false;
    for (; p < end; p++) {
      const c = b[p]!;
      if (c === DOT) fraction = true;
      else if (c === LETTER_E || c === LETTER_UPPER_E || ++digits > 15) {
        let text = '';
        for (let q = start; q < end; q++) text += String.fromCharCode(b[q]!);
        return Number(text);
      } else {
        mantissa = mantissa * 10 + (c - DIGIT_0);
        if (fraction) scale *= 10;
      }
    }
    const value = mantissa / scale;
    return negative ? -value : value;
  }

  /** The object's key at the cursor: a wanted name, null for any other key, undefined when it is not a string token. */
  private key(wanted: PathTree): string | null | undefined {
    const b = this.b;
    const start = this.pos;
    if (b[start] !== QUOTE || !this.skipString()) return undefined;
    const from = start + 1;
    const length = this.pos - 1 - from;
    for (let p = from; p < from + length; p++) {
      if (b[p] === BACKSLASH) return JSON.parse(utf8.decode(b.subarray(start, this.pos))) as string;
    }
    for (const [name, bytes] of this.wantedBytes(wanted)) {
      if (bytes.length !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) same = bytes[i] === b[from + i];
      if (same) return name;
    }
    return null;
  }

  /** The wanted names with their UTF-8 bytes, made once per tree. */
  private wantedBytes(wanted: PathTree): [string, Uint8Array][] {
    let list = this.nameBytes.get(wanted);
    if (!list) this.nameBytes.set(wanted, (list = [...wanted.keys()].map((name) => [name, encoder.encode(name)])));
    return list;
  }

  /** The value at the cursor, projected on the wanted paths (an empty tree: the value whole). */
  project(wanted: PathTree): unknown {
    if (wanted.size === 0) return this.parseValue();
    const c = this.peek();
    if (c === OPEN_BRACKET) return this.skipValue() ? [] : NOT_JSON;
    if (c !== OPEN_BRACE) return this.parseValue();
    this.pos++;
    const out: Record<string, unknown> = Object.create(null);
    if (this.peek() === CLOSE_BRACE) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.ws();
      const name = this.key(wanted);
      if (name === undefined || this.peek() !== COLON) return NOT_JSON;
      this.pos++;
      const sub = name === null ? undefined : wanted.get(name);
      if (sub) {
        const value = this.project(sub);
        if (value === NOT_JSON) return NOT_JSON;
        out[name!] = value;
      } else if (!this.skipValue()) return NOT_JSON;
      const d = this.peek();
      this.pos++;
      if (d === CLOSE_BRACE) return out;
      if (d !== COMMA) return NOT_JSON;
    }
  }
}

const walker = new Walker(new Uint8Array(0));

/**
 * The document in `bytes` (valid UTF-8) projected on the paths: what JSON.parse would give, as far as the
 * paths read it, or NOT_JSON when JSON.parse would throw. Only documents that start with `{`, `[` or `"`
 * count as JSON (as encodeBytes decides); others are NOT_JSON too, for the caller's exact path.
 */
export function projectJson(bytes: Uint8Array, wanted: PathTree): unknown {
  walker.reset(bytes);
  const first = walker.peek();
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET && first !== QUOTE) return NOT_JSON;
  const value = walker.project(wanted);
  if (value === NOT_JSON || !walker.atEnd()) return NOT_JSON;
  return value;
}
