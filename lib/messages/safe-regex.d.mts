// Types of safe-regex.mjs (plain JavaScript so that the filter worker can load it without a bundler).
export declare const MAX_REGEX_LENGTH: number;
/** Why the pattern is refused, or null when RE2 runs it. */
export declare function regexProblem(source: string, flags?: string): string | null;
/** The RegexEngine given to JSONata: RE2 matching behind the part of RegExp that JSONata uses. */
export declare class LinearRegExp {
  constructor(pattern: RegExp | string, flags?: string);
  readonly source: string;
  readonly flags: string;
  lastIndex: number;
  exec(input: string): (RegExpExecArray & { index: number }) | null;
  test(input: string): boolean;
}
