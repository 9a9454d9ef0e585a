import { describe, expect, it } from 'vitest';
import type { Message } from '../api/schemas/messages';
import { FluxoError } from '../errors';
import { compileFilter, filterInput } from './filter';
import { quickFilterExpression } from './quick-filter';
import { regexProblem } from './safe-regex';

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

const matches = (expr: string, m = message()) => compileFilter(expr).matches(m);

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

  it('stops runaway recursion and huge sequences instead of hanging', async () => {
    const recursion = compileFilter('($f := function($x){ $f($x) }; $f(1))');
    expect(await recursion.matches(message())).toBe(false);
    expect(recursion.lastError).toBeTruthy();
    expect(await matches('$count([1..100000000]) > 0')).toBe(false);
  });

  it('refuses catastrophic regexes, also when smuggled through $eval', async () => {
    expect(rejection('value ~> /(a+)+$/').message).toMatch(/catastrophic/);
    expect(rejection('$match(key, /(a|aa)*b/)').message).toMatch(/catastrophic/);
    const smuggled = compileFilter('$eval("key ~> /(x+x+)+y/")');
    expect(await smuggled.matches(message())).toBe(false);
    expect(smuggled.lastError).toMatch(/Refused/);
  });

  it('runs safe regexes', async () => {
    expect(await matches('$contains(key, /^order-\\d+$/)')).toBe(true);
  });
});

describe('regexProblem', () => {
  it('accepts ordinary patterns', () => {
    for (const p of ['^order-\\d+$', 'abc', '[a-z]+@example\\.com', '(foo|bar)', '.*error.*']) expect(regexProblem(p), p).toBeNull();
  });

  it('flags nested repetition, repeated alternation, backreferences, lookarounds and long patterns', () => {
    for (const p of ['(a+)+', '(a*)*b', '(a|a)*', '((ab)*c)+', '(\\w+\\s?)+$', '(a)\\1', '(?=a)', 'a'.repeat(300), 'a*b*c*d']) {
      expect(regexProblem(p), p).not.toBeNull();
    }
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
});
