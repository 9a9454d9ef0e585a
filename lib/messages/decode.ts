// How message bytes become strings a browser can show and a user can search, and back. Pure: runs in the
// server (API answers) and in the browser (forced encodings, hex view) alike, so it uses no Buffer.

/** How a key, value or header value string is to be read. */
export type Encoding = 'json' | 'text' | 'base64';

export interface EncodedBytes {
  text: string | null;
  encoding: Encoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8 = new TextEncoder();

/** Valid UTF-8 as text; anything else (binary) as base64. */
function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** JSON documents start with one of these (after whitespace); checking first avoids parsing every text. */
function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[' || first === '"';
}

export function isJson(text: string): boolean {
  if (!looksLikeJson(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Auto-detects JSON (objects, arrays, strings), UTF-8 text, or binary; null (tombstone, no key) stays null. */
export function encodeBytes(bytes: Uint8Array | null): EncodedBytes {
  if (bytes === null) return { text: null, encoding: 'text' };
  const text = utf8OrNull(bytes);
  if (text === null) return { text: bytesToBase64(bytes), encoding: 'base64' };
  return { text, encoding: isJson(text) ? 'json' : 'text' };
}

/**
 * What a filter sees of bytes, decoded once: the parsed document when encodeBytes would call them JSON,
 * the text otherwise, base64 for binary, null for null.
 */
export function bytesAsFilterValue(bytes: Uint8Array | null): unknown {
  if (bytes === null) return null;
  const text = utf8OrNull(bytes);
  if (text === null) return bytesToBase64(bytes);
  if (!looksLikeJson(text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The bytes an encoded string stands for (the inverse of encodeBytes). */
export function decodeToBytes(text: string, encoding: Encoding): Uint8Array {
  return encoding === 'base64' ? base64ToBytes(text) : utf8.encode(text);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : B64[c & 63]!;
  }
  return out;
}

export function base64ToBytes(base64: string): Uint8Array {
  const clean = base64.replace(/[\s=]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const ch of clean) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) throw new Error(`Not base64: unexpected "${ch}"`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** Hex dump rows of 16 bytes: offset, hex pairs, printable ASCII. */
export function hexDump(bytes: Uint8Array, maxBytes = 4096): string[] {
  const rows: string[] = [];
  const shown = bytes.subarray(0, maxBytes);
  for (let i = 0; i < shown.length; i += 16) {
    const row = shown.subarray(i, i + 16);
    const hex = [...row].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = [...row].map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
    rows.push(`${i.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  ${ascii}`);
  }
  return rows;
}

/** A view the user can force; 'auto' keeps what the server detected. */
export type ViewEncoding = 'auto' | 'json' | 'text' | 'base64' | 'hex';

export interface ForcedView {
  kind: 'json' | 'text' | 'hex';
  text: string;
  /** Why the forced view could not be used, e.g. not JSON. */
  problem?: string;
}

/** Shows an encoded string as the user asked: pretty JSON, UTF-8 text, base64 or a hex dump. */
export function viewAs(text: string, encoding: Encoding, view: ViewEncoding): ForcedView {
  const bytes = () => decodeToBytes(text, encoding);
  switch (view) {
    case 'hex':
      return { kind: 'hex', text: hexDump(bytes()).join('\n') };
    case 'base64':
      return { kind: 'text', text: encoding === 'base64' ? text : bytesToBase64(bytes()) };
    case 'text': {
      if (encoding !== 'base64') return { kind: 'text', text };
      return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes()) };
    }
    case 'json': {
      const asText = encoding === 'base64' ? utf8OrNull(bytes()) : text;
      if (asText === null || !isJson(asText)) return { kind: 'text', text, problem: 'Not valid JSON' };
      return { kind: 'json', text: asText };
    }
    default:
      return encoding === 'json' ? { kind: 'json', text } : { kind: 'text', text };
  }
}

/** Cuts long strings for list views; the full value stays one click away. */
export function truncate(text: string, maxChars: number): { text: string; truncated: boolean } {
  if (text.length <= maxChars) return { text, truncated: false };
  return { text: text.slice(0, maxChars), truncated: true };
}
