import { describe, expect, it } from 'vitest';
import { compileExpression, evaluateSlice, isTruthy, LIMITS, limitProblem } from './filter-engine.mjs';

const input = { key: 'order-7', value: { amount: 120, tags: ['a', 'b'] }, headers: { source: 'web' } };
const run = (expr: string, inputs: unknown[] = [input], sliceMs = 10_000) => evaluateSlice(compileExpression(expr), inputs, sliceMs);

describe('evaluateSlice', () => {
  it('gives one verdict per input in order', async () => {
    const r = await run('value.amount > 100', [input, { value: { amount: 5 } }, input]);
    expect(r).toMatchObject({ matched: [true, false, true], stopped: null, lastError: null });
  });

  it('keeps an ordinary error as lastError and goes on', async () => {
    const r = await run('$error("bad")', [input, input]);
    expect(r).toMatchObject({ matched: [false, false], lastError: 'bad', stopped: null });
  });

  it('answers early when the slice time is used, with the verdicts so far', async () => {
    const r = await run('$sum([1..5000]) > 0', Array(50).fill(input), 0);
    expect(r.matched).toEqual([true]);
  });
});

describe('size caps', () => {
  it('refuses a $pad wider than the string limit before allocating', async () => {
    expect((await run('$length($pad("", 100000000)) > 0')).stopped).toMatch(/\$pad to 100000000 characters/);
    expect((await run('$pad("b", -2000, "a") = $pad("", 2000, "a") & "b" ? false : true')).stopped).toBeNull();
  });

  it('stops strings that grow by concatenation at the limit', async () => {
    const r = await run('$length($reduce([1..40], function($a, $b){ $a & $a }, "x"))');
    expect(r.stopped).toBe(`it built a string longer than ${LIMITS.maxStringLength} characters`);
  });

  it('stops $string of many references to one large string before it builds them', async () => {
    const r = await run('($x := $pad("y", 1000000); $string([1..1000].($x)))');
    expect(r.stopped).toMatch(/\$string would build a string longer than/);
  });

  it('stops $join beyond the size limit', async () => {
    expect((await run('($x := $pad("y", 1000000); $join([1..1000].($x)))')).stopped).toMatch(/size limit|longer than/);
  });

  it('stops ranges, sequences and arrays beyond the item limit', async () => {
    expect((await run('$count([1..100000000])')).stopped).toMatch(/sequence of more than/);
    expect((await run('($x := [1..9000]; $count($x.($x)))')).stopped).toMatch(/sequence of more than|longer than/);
    expect((await run('$count($split($pad("a", 100000), ""))')).stopped).toMatch(/array of more than/);
  });

  it('stops recursion at the depth limit', async () => {
    expect((await run('($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000))')).stopped).toMatch(/nested deeper than/);
  });

  it('refuses $eval at run time too', async () => {
    expect((await run('$eval("1")')).stopped).toBe('$eval is not allowed in filters');
  });

  it('keeps JSONata semantics of the replaced builtins', async () => {
    expect((await run('$pad("ab", -5, "xy") = "xyxab" and $pad("a", 3) = "a  "')).matched).toEqual([true]);
    expect((await run('$string(value) = \'{"amount":120,"tags":["a","b"]}\' and $string(0.1 + 0.2) = "0.3"')).matched).toEqual([true]);
  });
});

describe('limitProblem and isTruthy', () => {
  it('tells limits from ordinary errors', () => {
    expect(limitProblem({ code: 'D1012' })).toMatch(/longer than \d+ ms/);
    expect(limitProblem(new RangeError('Maximum call stack size exceeded'))).toMatch(/stack/);
    expect(limitProblem(new RangeError('Invalid string length'))).toMatch(/size limit/);
    expect(limitProblem({ code: 'T2001', message: 'type error' })).toBeNull();
  });

  it('follows JSONata truth for sequences', () => {
    expect(isTruthy([0, '', 'x'])).toBe(true);
    expect(isTruthy([])).toBe(false);
    expect(isTruthy(undefined)).toBe(false);
  });
});
