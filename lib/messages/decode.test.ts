import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeToBytes, encodeBytes, hexDump, truncate, viewAs } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('encodeBytes', () => {
  it('keeps null as null, so a tombstone is not an empty string', () => {
    expect(encodeBytes(null)).toEqual({ text: null, encoding: 'text' });
  });

  it('marks JSON objects and arrays as json and leaves the text as written', () => {
    expect(encodeBytes(utf8('{ "a": 1 }'))).toEqual({ text: '{ "a": 1 }', encoding: 'json' });
    expect(encodeBytes(utf8('[1,2]')).encoding).toBe('json');
  });

  it('reads UTF-8 that is not JSON as text, including broken JSON', () => {
    expect(encodeBytes(utf8('héllo'))).toEqual({ text: 'héllo', encoding: 'text' });
    expect(encodeBytes(utf8('{oops')).encoding).toBe('text');
    expect(encodeBytes(utf8('')).encoding).toBe('text');
  });

  it('turns bytes that are not valid UTF-8 into base64', () => {
    const bytes = new Uint8Array([0, 255, 254, 128]);
    expect(encodeBytes(bytes)).toEqual({ text: 'AP/+gA==', encoding: 'base64' });
  });
});

describe('base64', () => {
  it('round-trips every byte value and every padding length', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    for (const n of [0, 1, 2, 3, 4, 255, 256]) {
      const bytes = all.subarray(0, n);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
    }
  });

  it('refuses characters outside the alphabet', () => {
    expect(() => base64ToBytes('ab$c')).toThrow(/Not base64/);
  });

  it('decodes each encoding back to its bytes', () => {
    expect([...decodeToBytes('AP8=', 'base64')]).toEqual([0, 255]);
    expect([...decodeToBytes('é', 'text')]).toEqual([0xc3, 0xa9]);
  });
});

describe('views the user can force', () => {
  it('shows binary as a hex dump with offsets and printable characters', () => {
    expect(hexDump(utf8('AB\n'))).toEqual([`00000000  ${'41 42 0a'.padEnd(47)}  AB.`]);
  });

  it('shows base64-encoded UTF-8 as text and JSON when asked', () => {
    const b64 = bytesToBase64(utf8('{"x":1}'));
    expect(viewAs(b64, 'base64', 'text')).toEqual({ kind: 'text', text: '{"x":1}' });
    expect(viewAs(b64, 'base64', 'json')).toEqual({ kind: 'json', text: '{"x":1}' });
  });

  it('says so when forced JSON is not JSON', () => {
    expect(viewAs('plain', 'text', 'json').problem).toBe('Not valid JSON');
  });

  it('keeps the detected view on auto', () => {
    expect(viewAs('{"a":1}', 'json', 'auto').kind).toBe('json');
    expect(viewAs('abc', 'text', 'base64').text).toBe('YWJj');
  });

  it('truncates long text for lists and says it did', () => {
    expect(truncate('abcdef', 3)).toEqual({ text: 'abc', truncated: true });
    expect(truncate('ab', 3)).toEqual({ text: 'ab', truncated: false });
  });
});
