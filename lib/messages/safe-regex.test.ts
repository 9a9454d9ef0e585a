import { describe, expect, it } from 'vitest';
import { LinearRegExp, MAX_REGEX_LENGTH, regexProblem } from './safe-regex.mjs';

describe('regexProblem', () => {
  it('accepts ordinary patterns, also the ones that backtrack catastrophically in JavaScript', () => {
    for (const p of ['^order-\\d+$', 'abc', '[a-z]+@example\\.com', '(foo|bar)', '.*error.*', '(a+)+$', '(a|aa)*b', 'a*a*$', '(?<id>\\d+)']) {
      expect(regexProblem(p), p).toBeNull();
    }
  });

  it('refuses backreferences, lookarounds, long patterns and syntax RE2 lacks, saying why', () => {
    expect(regexProblem('(a)\\1')).toMatch(/backreferences/);
    expect(regexProblem('\\k<x>')).toMatch(/backreferences/);
    expect(regexProblem('(?=a)')).toMatch(/lookarounds/);
    expect(regexProblem('(?<!a)b')).toMatch(/lookarounds/);
    expect(regexProblem('a'.repeat(MAX_REGEX_LENGTH + 1))).toMatch(/longer than/);
    expect(regexProblem('a{2000}')).toMatch(/RE2 syntax/);
    expect(regexProblem('\\cA')).toMatch(/RE2 syntax/);
  });

  it('translates the JavaScript escapes RE2 spells differently', () => {
    expect(regexProblem('\\u0041\\/\\0')).toBeNull();
    expect(new LinearRegExp('^\\u0041\\/$').test('A/')).toBe(true);
  });
});

describe('LinearRegExp', () => {
  it('behaves as a global RegExp for exec and lastIndex, as JSONata uses it', () => {
    const re = new LinearRegExp(/(\d)(x)?/g);
    const first = re.exec('a1b2')!;
    expect([...first]).toEqual(['1', '1', undefined]);
    expect(first.index).toBe(1);
    expect(re.lastIndex).toBe(2);
    expect(re.exec('a1b2')!.index).toBe(3);
    expect(re.exec('a1b2')).toBeNull();
    expect(re.lastIndex).toBe(0);
  });

  it('honours the i and m flags', () => {
    expect(new LinearRegExp(/^abc$/gim).test('x\nABC\ny')).toBe(true);
    expect(new LinearRegExp(/^abc$/g).test('x\nabc\ny')).toBe(false);
  });

  it('counts positions in UTF-16 units like JavaScript strings', () => {
    const re = new LinearRegExp(/b/g);
    expect(re.exec('😀b')!.index).toBe(2);
  });

  it('matches a pattern that is exponential for backtracking engines on a long input', () => {
    const input = `${'a'.repeat(50_000)}b`;
    expect(new LinearRegExp(/^(a+)+$/g).test(input)).toBe(false);
  });

  it('throws with a code when asked to build a refused pattern', () => {
    expect(() => new LinearRegExp('(a)\\1')).toThrow(expect.objectContaining({ code: 'FLUXO_REGEX' }));
  });
});
