import { describe, expect, it } from 'vitest';
import type { Message } from '../api/schemas/messages';
import { FluxoError } from '../errors';
import { compileFilter, findRefused, nestingDepth } from './filter';
import { filterInput } from './filter-input';
import { quickFilterExpression } from './quick-filter';

const message = (over: Partial<Message> = {}): Message => ({
  partition: 1,
  offset: 42,
  timestamp: 1_700_000_000_000,
  timestampType: 'create',
  key: 'order-7',
  value: '{"amount":120,"customer":{"country":"NL"},"tags":["a","b"]}',
  headers: [{ key: 'source', value: 'web', encoding: 'text' }],
  size: 80,
  keyEncoding: 'text',
  valueEncoding: 'json',
  ...over,
});

const never = new AbortController().signal;
const matches = async (expr: string, m = message()) => (await compileFilter(expr).matchBatch([m], never))[0]!;

async function stopReason(expr: string, m = message()): Promise<FluxoError> {
  try {
    await compileFilter(expr).matchBatch([m], never);
  } catch (err) {
    return err as FluxoError;
  }
  throw new Error(`expected ${expr} to be stopped`);
}

function rejection(expr: string): FluxoError {
  try {
    compileFilter(expr);
  } catch (err) {
    return err as FluxoError;
  }
  throw new Error(`expected ${expr} to be refused`);
}

describe('compileFilter', () => {
  it('matches everything when empty', async () => {
    expect(await matches('  ')).toBe(true);
  });

  it('reads JSON fields, headers, key, partition, offset and timestamp', async () => {
    expect(await matches('value.amount > 100 and value.customer.country = "NL"')).toBe(true);
    expect(await matches('headers.source = "web"')).toBe(true);
    expect(await matches('key = "order-7" and partition = 1 and offset >= 42')).toBe(true);
    expect(await matches('timestamp < 1600000000000')).toBe(false);
    expect(await matches('"b" in value.tags')).toBe(true);
  });

  it('treats text values as strings and a tombstone as null', async () => {
    expect(await matches('$contains(value, "hello")', message({ value: 'say hello', valueEncoding: 'text' }))).toBe(true);
    expect(await matches('value = null', message({ value: null, valueEncoding: 'text' }))).toBe(true);
  });

  it('gives a syntax error as a 400 with the position', () => {
    const err = rejection('value.amount > ');
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/position \d+/);
  });

  it('refuses filters longer than 4 KB before parsing', () => {
    expect(rejection('x'.repeat(100_000)).message).toMatch(/longer than 4096/);
  });

  it('cannot reach the process through names, prototypes or the Function constructor', async () => {
    for (const expr of [
      'process.exit()',
      'constructor.constructor("return process")()',
      '$lookup($, "constructor")',
      'value.__proto__.constructor',
      '$string(constructor)',
    ]) {
      let result: boolean | FluxoError;
      try {
        result = await matches(expr);
      } catch (err) {
        result = err as FluxoError;
      }
      expect(result === false || (result instanceof FluxoError && result.status === 400), expr).toBe(true);
    }
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('stops runaway recursion and huge sequences with a 400 that says why', async () => {
    const recursion = await stopReason('($f := function($x){ $f($x) }; $f(1))');
    expect(recursion.status).toBe(400);
    expect(recursion.message).toMatch(/stopped: .*(longer than|nested deeper)/);
    expect((await stopReason('$count([1..100000000]) > 0')).message).toMatch(/sequence of more than/);
  });

  it('stops memory bombs before they allocate', async () => {
    expect((await stopReason('$length($string($pad("x", 200000000)))')).message).toMatch(/\$pad to 200000000 characters/);
    expect((await stopReason('$length($reduce([1..40], function($a, $b){ $a & $a }, "x")) > 0')).message).toMatch(/string longer than/);
  });

  it('refuses regexes RE2 cannot run, and $eval, before any message is read', () => {
    expect(rejection('value ~> /(a)\\1/').message).toMatch(/backreferences/);
    expect(rejection('$match(key, /(?=a)b/)').message).toMatch(/lookarounds/);
    expect(rejection('$eval("key ~> /(x+x+)+y/")').message).toMatch(/\$eval is not allowed/);
  });

  it('runs patterns that backtrack catastrophically in linear time', async () => {
    // 2^40 steps for a backtracking engine; a few hundred for RE2.
    expect(await matches('$contains($pad("", 40, "a") & "!", /^(a+)+$/)')).toBe(false);
    expect(await matches('$contains($pad("b", -200, "a"), /a*a*$/)')).toBe(true);
  });

  it('runs safe regexes through $match, $replace, $split and $contains', async () => {
    expect(await matches('$contains(key, /^order-\\d+$/)')).toBe(true);
    expect(await matches('$replace(key, /(\\d)/, "<$1>") = "order-<7>"')).toBe(true);
    expect(await matches('$split("a1b2c", /\\d/) = ["a", "b", "c"]')).toBe(true);
    expect(await matches('$match(key, /order-(\\d)/).groups[0] = "7"')).toBe(true);
  });

  it('gives one verdict per message in order, using the fast path and the worker together', async () => {
    const batch = [message({ offset: 1 }), message({ offset: 2, key: 'other' }), message({ offset: 3 })];
    expect(await compileFilter('key = "order-7"').matchBatch(batch, never)).toEqual([true, false, true]);
    expect(await compileFilter('$substring(key, 0, 5) = "order"').matchBatch(batch, never)).toEqual([true, false, true]);
  });

  it('matches records the same on their bytes (nothing masked) as through decoded messages, in order', async () => {
    const record = (offset: number, key: string, value: string) => ({
      partition: 2,
      record: { offset: String(offset), timestamp: '1700000000000', key: Buffer.from(key), value: Buffer.from(value), headers: { source: Buffer.from('web') }, isControlRecord: false, batchContext: { timestampType: 0, inTransaction: false, producerId: '-1' } },
    });
    const records = [record(1, 'order-7', '{"amount":120}'), record(2, 'other', '{"amount":5}'), record(3, 'order-7', 'zzz'), record(4, 'order-8', '{"amount":300}')];
    const passThrough = Object.assign((m: Message) => m, { masksNothing: true as const });
    const viaMessages = (m: Message) => ({ ...m });
    for (const expr of ['key = "order-7"', '$contains($string(value), "zzz")', 'value.amount > 100', '$substring(key, 0, 5) = "order" and value.amount > 100', '']) {
      const direct = await compileFilter(expr).matchRecords(records, passThrough, never);
      const decoded = await compileFilter(expr).matchRecords(records, viaMessages, never);
      expect(direct, expr).toEqual(decoded);
      expect(direct.map((m) => m.index), expr).toEqual([...direct.map((m) => m.index)].sort());
    }
    expect((await compileFilter('value.amount > 100').matchRecords(records, passThrough, never)).map((m) => m.message.offset)).toEqual([1, 4]);
  });

  it('keeps an ordinary evaluation error as lastError and does not match', async () => {
    const filter = compileFilter('$error("boom")');
    expect(await filter.matchBatch([message()], never)).toEqual([false]);
    expect(filter.lastError).toBe('boom');
  });

  it('rejects at once when the signal has aborted', async () => {
    const gone = new AbortController();
    gone.abort();
    await expect(compileFilter('$substring(key, 0, 1) = "o"').matchBatch([message()], gone.signal)).rejects.toThrow(/cancelled/);
  });

  it('refuses brackets nested too deeply', () => {
    expect(rejection(`${'('.repeat(150)}1${')'.repeat(150)}`).message).toMatch(/nested 150 deep/);
  });
});

describe('nestingDepth and findRefused', () => {
  it('counts brackets outside string literals', () => {
    expect(nestingDepth('(a[1]) and "((("')).toBe(2);
    expect(nestingDepth("{ 'x': [(1)] }")).toBe(3);
  });

  it('finds $eval and unsupported regexes anywhere in the tree', () => {
    expect(findRefused({ type: 'block', expressions: [{ type: 'variable', value: 'eval', position: 3 }] })).toEqual({ problem: '$eval is not allowed in filters', position: 3 });
    expect(findRefused({ type: 'regex', value: /(?!x)/g, position: 9 })?.position).toBe(9);
    expect(findRefused({ type: 'regex', value: /a+b/g })).toBeNull();
  });
});

describe('filter input and quick filters', () => {
  it('parses JSON values and flattens headers', () => {
    expect(filterInput(message())).toMatchObject({ key: 'order-7', value: { amount: 120 }, headers: { source: 'web' } });
  });

  it('writes quick filters as a JSONata expression with quoted strings', () => {
    expect(quickFilterExpression({ keyEquals: 'a"b', valueContains: 'x' })).toBe('key = "a\\"b" and $contains($string(value), "x")');
    expect(quickFilterExpression({})).toBe('');
  });

  it('compiles quick filters to expressions that match as the form says', async () => {
    expect(await matches(quickFilterExpression({ keyEquals: 'order-7', valueContains: '"NL"' }))).toBe(true);
    expect(await matches(quickFilterExpression({ valueContains: 'DE' }))).toBe(false);
  });
});
