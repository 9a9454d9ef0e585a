import { describe, expect, it } from 'vitest';
import { lookup } from './fast-filter';
import { NOT_JSON, pathTree, projectJson } from './json-projection';

const bytes = (text: string) => new TextEncoder().encode(text);
/** What the fast path reads from the parsed document, or NOT_JSON where encodeBytes would not call it JSON. */
function parsedReads(text: string, paths: string[][]): unknown[] | typeof NOT_JSON {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[' && first !== '"') return NOT_JSON;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
  return paths.map((p) => lookup(doc, p));
}
function projectedReads(text: string, paths: string[][]): unknown[] | typeof NOT_JSON {
  const projected = projectJson(bytes(text), pathTree(paths));
  return projected === NOT_JSON ? NOT_JSON : paths.map((p) => lookup(projected, p));
}

const PATHS = [['amount', 'value'], ['merchant'], ['a'], ['a', 'b'], ['__proto__'], ['é', 'x'], ['list', '0']];

describe('projectJson', () => {
  const documents = [
    '{"type":"payment","amount":{"value":12.5,"currency":"EUR"},"merchant":"m-1"}',
    ' \n\t{ "amount" : { "value" : -1e-3 } , "merchant" : null } \r\n',
    '{"a":1,"a":{"b":2}}',
    '{"a":{"b":2},"a":3}',
    '{"a":[1,2],"list":[{"x":1}]}',
    '{"__proto__":{"polluted":true},"a":"\\u0041\\n\\"q\\""}',
    '{"\\u00e9":{"x":"caf\\u00e9"},"é":{"x":"last"}}',
    '{"a\\u0000b":1,"a":{"b":[]}}',
    '{"amount":{"value":"12"}}',
    '{"amount":{}}',
    '{}',
    '[]',
    '[{"a":1}]',
    '"just a string"',
    '{"deep":' + '['.repeat(5000) + ']'.repeat(5000) + ',"a":true}',
    '{"n":[0,-0,0.5,1E+2,1e-2,123456789012345678901234567890]}',
    '{"a":"😀 ünïcödé","merchant":"\\ud83d\\ude00"}',
    '{"a":"\\ud800"}',
  ];
  const invalid = [
    '', ' ', '42', 'true', 'null', 'plain text', '{', '}', '{"a":1,}', '[1,]', '{"a" 1}', '{"a":01}', '{"a":1.}', '{"a":-}',
    '{"a":.5}', '{"a":1e}', '{"a":+1}', '{"a":"\t"}', '{"a":"\\x"}', '{"a":"\\u12"}', '{"a":"unterminated}', '{"a":1}x',
    '{"a":1}{"a":2}', "{'a':1}", '{"a":NaN}', '{"a":tru}', '{"a":nulls}', '{a:1}', '\ufeff{"a":1}', '\u00a0{"a":1}',
    '{"a":[1 2]}', '{"a":{"b":1}', '{"a"::1}', '{,"a":1}', '[' + '['.repeat(3000), '{"a":1,"b":{"c":[}]}}',
  ];

  it('reads every path as JSON.parse and a lookup would', () => {
    for (const doc of documents) expect(projectedReads(doc, PATHS), doc.slice(0, 80)).toEqual(parsedReads(doc, PATHS));
  });

  it('says NOT_JSON exactly where JSON.parse throws (or encodeBytes would not call it JSON)', () => {
    for (const doc of invalid) {
      expect(parsedReads(doc, PATHS), doc).toBe(NOT_JSON);
      expect(projectedReads(doc, PATHS), doc).toBe(NOT_JSON);
    }
  });

  it('makes only the values at the paths', () => {
    const projected = projectJson(bytes('{"amount":{"value":3,"currency":"EUR"},"merchant":"m","list":[1]}'), pathTree([['amount', 'value']]));
    expect(JSON.stringify(projected)).toBe('{"amount":{"value":3}}');
  });

  it('takes a value whole where one path is a prefix of another', () => {
    const tree = pathTree([['a', 'b'], ['a']]);
    expect(tree.get('a')?.size).toBe(0);
    expect(projectJson(bytes('{"a":{"b":1,"c":2}}'), tree)).toEqual({ a: { b: 1, c: 2 } });
  });

  it('agrees with JSON.parse on thousands of generated and damaged documents', () => {
    let seed = 20261202;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const keys = ['a', 'b', 'amount', 'value', 'merchant', '__proto__', 'é', 'list', 'a\\u0062', '\\u0061'];
    const ws = () => pick(['', '', ' ', '\n', '\t ', '\r\n']);
    const scalar = () => pick(['1', '-0', '2.5e3', '0.001', '"x"', '"a\\"b"', '"\\u00e9"', 'true', 'false', 'null', '"😀"', '-12E-2']);
    const value = (depth: number): string => {
      const r = random();
      if (depth > 3 || r < 0.4) return scalar();
      if (r < 0.6) return `[${ws()}${Array.from({ length: Math.floor(random() * 3) }, () => value(depth + 1)).join(`${ws()},${ws()}`)}${ws()}]`;
      const members = Array.from({ length: Math.floor(random() * 4) }, () => `${ws()}"${pick(keys)}"${ws()}:${ws()}${value(depth + 1)}`);
      return `{${members.join(',')}${ws()}}`;
    };
    const damage = (text: string) => {
      const at = Math.floor(random() * (text.length + 1));
      const piece = pick(['', ',', '"', '}', ']', '{', '[', ':', '\\', ' ', '0', 'e', '-', '\u0001']);
      return random() < 0.5 ? text.slice(0, at) + piece + text.slice(at + 1) : text.slice(0, at) + piece + text.slice(at);
    };
    const paths = [['a'], ['a', 'b'], ['amount', 'value'], ['b', 'a', 'value'], ['__proto__', 'a'], ['é'], ['list', 'merchant']];
    let parsedCount = 0;
    for (let i = 0; i < 4000; i++) {
      const base = `{${ws()}"a"${ws()}:${ws()}${value(0)},"b":${value(0)}}`;
      const doc = i % 2 ? damage(base) : i % 3 ? base : value(0);
      const expected = parsedReads(doc, paths);
      if (expected !== NOT_JSON) parsedCount++;
      expect(projectedReads(doc, paths), doc).toEqual(expected);
    }
    // Both kinds were met in numbers.
    expect(parsedCount).toBeGreaterThan(1500);
    expect(parsedCount).toBeLessThan(3800);
  });
});

describe('projectJson numbers', () => {
  it('reads numbers exactly as JSON.parse does', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const numbers = ['0', '-0', '0.1', '0.3', '123456789012345', '1234567890123456', '9007199254740993', '-0.000001', '1.7976931348623157e308', '5e-324', '2.2250738585072014E-308', '100.00', '0.1000000000000000055511151231257827'];
    for (let i = 0; i < 3000; i++) {
      const digits = Array.from({ length: 1 + Math.floor(random() * 17) }, () => Math.floor(random() * 10)).join('').replace(/^0+(?=\d)/, '');
      const dot = Math.floor(random() * digits.length);
      numbers.push(`${random() < 0.3 ? '-' : ''}${dot ? `${digits.slice(0, dot)}.${digits.slice(dot)}` : digits}`);
    }
    for (const n of numbers) {
      const projected = projectJson(bytes(`{"a":${n}}`), pathTree([['a']])) as { a: number };
      expect(Object.is(projected.a, JSON.parse(n)), n).toBe(true);
    }
  });
});
