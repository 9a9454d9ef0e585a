// Regexes in user filters run on JavaScript's backtracking engine, synchronously: one catastrophic pattern
// would stall the whole server, and no timer can interrupt it. So patterns are refused up front unless
// their worst case is mild: no backreferences or lookarounds, no quantified group that itself contains a
// quantifier or an alternation (the (a+)+ and (a|a)* shapes), at most two unbounded quantifiers.

export const MAX_REGEX_LENGTH = 256;
const MAX_UNBOUNDED_QUANTIFIERS = 2;

/** Why the pattern is refused, or null when it is safe to run. */
export function regexProblem(source: string): string | null {
  if (source.length > MAX_REGEX_LENGTH) return `regex longer than ${MAX_REGEX_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(source)) return 'regex backreferences are not allowed';
  if (/\(\?<?[=!]/.test(source)) return 'regex lookarounds are not allowed';
  // Per open group: has it a quantifier or alternation inside?
  const groups: { risky: boolean }[] = [];
  let unbounded = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') groups.push({ risky: false });
    else if (ch === '|' && groups.length) groups[groups.length - 1]!.risky = true;
    else if (ch === ')') {
      const group = groups.pop();
      const next = source[i + 1];
      const quantified = next === '*' || next === '+' || next === '?' || next === '{';
      if (group?.risky && quantified) return 'regex with a repeated group that contains a repetition or alternation (catastrophic backtracking)';
      if (group?.risky && groups.length) groups[groups.length - 1]!.risky = true;
    } else if (ch === '*' || ch === '+' || (ch === '{' && /^\{\d+,\}/.test(source.slice(i)))) {
      unbounded++;
      if (groups.length) groups[groups.length - 1]!.risky = true;
    } else if (ch === '{' || ch === '?') {
      if (groups.length && source[i - 1] !== '(') groups[groups.length - 1]!.risky = true;
    }
  }
  if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) return `regex with more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded repetitions`;
  return null;
}

/** The RegExp JSONata builds for each regex literal, also those reached through $eval. */
export class SafeRegExp extends RegExp {
  constructor(pattern: RegExp | string, flags?: string) {
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    const problem = regexProblem(source);
    if (problem) throw Object.assign(new Error(`Refused ${problem}`), { code: 'F0001' });
    super(pattern, flags);
  }
}
