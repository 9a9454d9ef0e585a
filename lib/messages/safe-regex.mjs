// Regexes in user filters run on RE2 (the pure-JS re2js port), whose matching time is linear in the input:
// JavaScript's backtracking engine can take exponential time on patterns like /(a+)+$/ or /a*a*$/, and no
// timer interrupts a running RegExp. JSONata writes its regex literals in JavaScript syntax; the few places
// where that differs from RE2's are translated here, and what RE2 cannot run in linear time (backreferences,
// lookarounds) is refused before the filter runs.
//
// Plain JavaScript, no Node APIs: the filter worker (filter-worker.mjs) loads it without a bundler.
import { RE2JS } from 're2js';

/** Longer patterns are refused: matching cost grows with the pattern's size as well as the input's. */
export const MAX_REGEX_LENGTH = 1_024;

/** JavaScript escapes that RE2 spells differently; everything else passes through unchanged. */
function translateSource(source) {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = source[i + 1] ?? '';
    const hex4 = /^u([0-9a-fA-F]{4})/.exec(source.slice(i + 1));
    if (hex4) {
      out += `\\x{${hex4[1]}}`;
      i += 5;
    } else if (next === '0' && !/[0-9]/.test(source[i + 2] ?? '')) {
      out += '\\x00';
      i += 1;
    } else if (next === '/') {
      // JSONata literals escape their delimiter; RE2 needs no escape for it.
      out += '/';
      i += 1;
    } else {
      out += ch + next;
      i += 1;
    }
  }
  return out;
}

function re2Flags(flags) {
  let f = 0;
  if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) f |= RE2JS.MULTILINE;
  if (flags.includes('s')) f |= RE2JS.DOTALL;
  return f;
}

/** Compiles for RE2 or says why not. */
function compileRe2(source, flags) {
  if (source.length > MAX_REGEX_LENGTH) return { problem: `regex longer than ${MAX_REGEX_LENGTH} characters` };
  // These messages are clearer than RE2's "invalid escape" for the two features it leaves out on purpose.
  if (/\\[1-9]|\\k</.test(source)) return { problem: 'regex backreferences are not supported (regexes run in linear time, RE2 syntax)' };
  if (/\(\?<?[=!]/.test(source)) return { problem: 'regex lookarounds are not supported (regexes run in linear time, RE2 syntax)' };
  try {
    return { re2: RE2JS.compile(translateSource(source), re2Flags(flags)) };
  } catch (err) {
    const detail = String(err?.message ?? err).replace(/^error parsing regexp: /, '');
    return { problem: `regex not supported: ${detail} (regexes use RE2 syntax)` };
  }
}

/** Why the pattern is refused, or null when RE2 runs it. */
export function regexProblem(source, flags = '') {
  return compileRe2(source, flags).problem ?? null;
}

/**
 * The RegexEngine JSONata builds for each regex literal: the subset of RegExp that JSONata uses
 * (construction from a RegExp, `lastIndex`, `exec`), matched by RE2. JSONata always adds the g flag, so
 * `exec` searches from `lastIndex` and leaves it at the end of the match, as a global RegExp does.
 */
export class LinearRegExp {
  constructor(pattern, flags) {
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    const allFlags = flags ?? (typeof pattern === 'string' ? '' : pattern.flags);
    const compiled = compileRe2(source, allFlags);
    if (!compiled.re2) throw Object.assign(new Error(`Refused ${compiled.problem}`), { code: 'FLUXO_REGEX' });
    this.re2 = compiled.re2;
    this.source = source;
    this.flags = allFlags;
    this.global = allFlags.includes('g');
    this.lastIndex = 0;
  }

  exec(input) {
    const str = String(input);
    const from = this.global ? this.lastIndex : 0;
    if (from > str.length) {
      this.lastIndex = 0;
      return null;
    }
    const matcher = this.re2.matcher(str);
    if (!matcher.find(from)) {
      this.lastIndex = 0;
      return null;
    }
    const groups = [];
    for (let g = 0; g <= matcher.groupCount(); g++) groups.push(matcher.group(g) ?? undefined);
    const result = Object.assign(groups, { index: matcher.start(), input: str });
    if (this.global) this.lastIndex = matcher.end();
    return result;
  }

  test(input) {
    return this.exec(input) !== null;
  }
}
