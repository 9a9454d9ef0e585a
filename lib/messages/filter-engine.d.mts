// Types of filter-engine.mjs (plain JavaScript so that the filter worker can load it without a bundler).
export declare const LIMITS: Readonly<{
  messageTimeoutMs: number;
  maxDepth: number;
  maxItems: number;
  maxStringLength: number;
}>;

export interface CompiledExpression {
  evaluate(input: unknown): Promise<unknown>;
}

export interface SliceResult {
  /** Verdicts for the first matched.length inputs, in order. */
  matched: boolean[];
  lastError: string | null;
  /** Why the filter was stopped (a limit), or null. */
  stopped: string | null;
  elapsedMs: number;
}

export declare function compileExpression(expression: string): CompiledExpression;
export declare function limitProblem(err: unknown): string | null;
export declare function isTruthy(result: unknown): boolean;
export declare function evaluateSlice(compiled: CompiledExpression, inputs: readonly unknown[], sliceMs: number): Promise<SliceResult>;
