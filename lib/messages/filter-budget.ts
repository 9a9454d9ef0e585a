// How much evaluation one request may spend on its filter, across all its batches: a per-message limit
// alone lets a slow filter hold a worker for hours over a large topic.

/** Evaluation time one search or export may use, in total. */
export const FILTER_REQUEST_BUDGET_MS = 60_000;

export interface EvaluationBudget {
  /** Adds time a worker spent evaluating this request's messages. */
  charge(ms: number): void;
  readonly usedMs: number;
  readonly remainingMs: number;
  readonly exhausted: boolean;
  /** Why the filter stops when the budget is gone. */
  readonly exhaustedReason: string;
}

export function evaluationBudget(totalMs: number = FILTER_REQUEST_BUDGET_MS): EvaluationBudget {
  let usedMs = 0;
  return {
    charge(ms) {
      if (Number.isFinite(ms) && ms > 0) usedMs += ms;
    },
    get usedMs() {
      return usedMs;
    },
    get remainingMs() {
      return Math.max(totalMs - usedMs, 0);
    },
    get exhausted() {
      return usedMs >= totalMs;
    },
    exhaustedReason: `it used its evaluation budget of ${totalMs / 1000} s for one request; narrow the range or simplify the filter`,
  };
}
