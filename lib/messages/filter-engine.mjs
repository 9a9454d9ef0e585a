// What runs inside a filter worker: JSONata with every way of growing memory or time capped, so that a
// hostile expression fails with a clear reason instead of hurting the process.
//
// Memory is capped here rather than only by the worker's heap limit because some allocations cannot be
// stopped once they start: V8 aborts the whole process (not just the worker) when one builtin asks for an
// array beyond its maximum size, e.g. `$length` of a 200-million-character string, and a single allocation
// that overshoots the worker's heap limit by more than a few MB is fatal too. So every value an expression
// produces is checked as it is produced (strings and arrays stay small), and the two builtins whose output
// is sized by an argument rather than by their input ($pad's width, $string of shared references) are
// replaced by versions that check first.
//
// Plain JavaScript with no Node APIs: the worker (filter-worker.mjs) loads it without a bundler, and the
// unit tests run it directly.
import jsonata from 'jsonata';
import { LinearRegExp } from './safe-regex.mjs';

export const LIMITS = Object.freeze({
  /** One message's evaluation; checked between JSONata steps. */
  messageTimeoutMs: 250,
  /** Nested evaluation steps (runaway recursion). */
  maxDepth: 500,
  /** Items in one sequence, range or array. */
  maxItems: 10_000,
  /** Characters in one string (Array.from of it stays far below V8's array limit and the heap limit). */
  maxStringLength: 1_048_576,
});

const SIZE = 'FLUXO_SIZE';
const sizeError = (what) => Object.assign(new Error(what), { code: SIZE });

function checkSize(value) {
  if (typeof value === 'string') {
    if (value.length > LIMITS.maxStringLength) throw sizeError(`it built a string longer than ${LIMITS.maxStringLength} characters`);
  } else if (Array.isArray(value) && value.length > LIMITS.maxItems) {
    throw sizeError(`it built an array of more than ${LIMITS.maxItems} items`);
  }
}

const isJsonataFunction = (v) => typeof v === 'function' || Boolean(v && (v._jsonata_function === true || v._jsonata_lambda === true));

/** JSONata's $pad, refusing a width beyond the string limit before it allocates the padding. */
function cappedPad(str, width, char) {
  if (str === undefined) return undefined;
  const padChars = char === undefined || char.length === 0 ? ' ' : char;
  const target = Math.trunc(width);
  if (Math.abs(target) > LIMITS.maxStringLength) throw sizeError(`$pad to ${Math.abs(target)} characters is beyond the limit of ${LIMITS.maxStringLength}`);
  const padLength = Math.abs(target) - Array.from(str).length;
  if (padLength <= 0) return str;
  const unit = Array.from(padChars);
  const padding = unit.length === 1 ? padChars.repeat(padLength) : Array.from(padChars.repeat(Math.ceil(padLength / unit.length))).slice(0, padLength).join('');
  return target > 0 ? str + padding : padding + str;
}

/**
 * JSONata's $string. JSON.stringify of a structure that repeats one large value (an array of many references
 * to the same string) grows without bound and cannot be interrupted, so the output is counted as it is built.
 */
function cappedString(arg, prettify = false) {
  if (arg === undefined) return undefined;
  if (typeof arg === 'string') return arg;
  if (isJsonataFunction(arg)) return '';
  if (typeof arg === 'number' && !Number.isFinite(arg)) throw { code: 'D3001', value: arg, stack: new Error().stack };
  const value = Array.isArray(arg) && arg.outerWrapper ? arg[0] : arg;
  let budget = LIMITS.maxStringLength;
  const perValue = prettify ? 16 : 4;
  return JSON.stringify(
    value,
    (key, val) => {
      budget -= key.length + perValue + (typeof val === 'string' ? val.length : 0);
      if (budget < 0) throw sizeError(`$string would build a string longer than ${LIMITS.maxStringLength} characters`);
      if (typeof val === 'number') return Number.isInteger(val) ? val : Number(val.toPrecision(15));
      return val && isJsonataFunction(val) ? '' : val;
    },
    prettify ? 2 : 0,
  );
}

function refusedEval() {
  throw Object.assign(new Error('$eval is not allowed in filters'), { code: 'FLUXO_EVAL' });
}

/** A JSONata expression bound to the capped builtins, the size checks and the linear-time regex engine. */
export function compileExpression(expression) {
  const compiled = jsonata(expression, {
    RegexEngine: LinearRegExp,
    timeout: LIMITS.messageTimeoutMs,
    stack: LIMITS.maxDepth,
    sequence: LIMITS.maxItems,
  });
  // JSONata calls this after every evaluation step with its result; the key is a Symbol, out of reach of
  // any name an expression can bind.
  compiled.assign(Symbol.for('jsonata.__evaluate_exit'), (_expr, _input, _env, result) => checkSize(result));
  compiled.registerFunction('pad', cappedPad, '<s-ns?:s>');
  compiled.registerFunction('string', cappedString, '<x-b?:s>');
  compiled.registerFunction('eval', refusedEval, '<sx?:x>');
  return compiled;
}

/** Why an evaluation error means the filter must stop (a limit was reached), or null for an ordinary error. */
export function limitProblem(err) {
  const code = err?.code;
  if (code === 'D1011') return `it nested deeper than ${LIMITS.maxDepth} evaluation steps (runaway recursion?)`;
  if (code === 'D1012') return `one message took longer than ${LIMITS.messageTimeoutMs} ms to evaluate`;
  if (code === 'D2014' || code === 'D2015') return `it built a sequence of more than ${LIMITS.maxItems} items`;
  if (code === SIZE || code === 'FLUXO_REGEX' || code === 'FLUXO_EVAL') return String(err.message);
  if (err instanceof RangeError) {
    if (/call stack/i.test(err.message)) return 'it ran out of stack (runaway recursion?)';
    if (/invalid .*length/i.test(err.message)) return 'it built a string or array beyond the size limit';
  }
  return null;
}

/** JSONata's truth: empty sequences, empty strings, 0 and null are false. */
export function isTruthy(result) {
  if (Array.isArray(result)) return result.some(isTruthy);
  return Boolean(result);
}

/**
 * Evaluates inputs in order until all are done, the slice time is used or a limit stops the filter. An
 * ordinary error (a type error, $error) makes that message a non-match and is kept as lastError.
 */
export async function evaluateSlice(compiled, inputs, sliceMs) {
  const started = performance.now();
  const matched = [];
  let lastError = null;
  let stopped = null;
  for (const input of inputs) {
    try {
      matched.push(isTruthy(await compiled.evaluate(input)));
    } catch (err) {
      stopped = limitProblem(err);
      if (stopped) break;
      lastError = String(err?.message ?? err);
      matched.push(false);
    }
    if (performance.now() - started >= sliceMs) break;
  }
  return { matched, lastError, stopped, elapsedMs: performance.now() - started };
}
