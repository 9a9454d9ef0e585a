import 'server-only';
// User filters over messages, in JSONata: a declarative language run by its own interpreter (no eval, no
// Function constructor; property lookups ignore prototypes). Here a filter is checked once, on the request
// thread (size, nesting, syntax, regexes RE2 can run, no $eval), then evaluated in worker threads
// (filter-pool.ts) with every cost capped (filter-engine.mjs) and a total budget per request
// (filter-budget.ts). The fast path for plain comparisons (fast-filter.ts) stays on this thread: its cost
// is bounded by the message's size. Records of a topic nothing is masked on are first checked on their
// bytes (raw-precheck.ts) and decoded only as far as the fast path reads them; only the others, and the
// matches, become Messages.
import { setImmediate as nextTurn } from 'node:timers/promises';
import jsonata from 'jsonata';
import type { MessageMasker } from '../access/masking-policy';
import { MAX_FILTER_LENGTH, type Message } from '../api/schemas/messages';
import { badRequest, FluxoError } from '../errors';
import { countFilterStopped } from '../metrics';
import { evaluationBudget } from './filter-budget';
import { cancelled, FilterStopped, filterPool } from './filter-pool';
import { compileFastPredicate, UNDECIDED } from './fast-filter';
import { filterInput, type InputPlan, inputPlan, recordFilterInput } from './filter-input';
import { compileRawPrecheck, type RawPrecheck } from './raw-precheck';
import { type PartitionRecord, toMessage } from './records';
import { regexProblem } from './safe-regex.mjs';

/** Brackets nested deeper than this are refused before parsing (the parser recurses per level). */
export const MAX_FILTER_NESTING = 100;
/** At most this many inputs go to a worker at once (what it does not reach in its slice comes back). */
const MAX_INPUTS_PER_SLICE = 500;

export interface MessageFilter {
  /**
   * One verdict per message, in order. Rejects with a FluxoError (400) when the filter is stopped at a limit
   * (time, memory, size, the request's budget), or when the signal aborts.
   */
  matchBatch(messages: readonly Message[], signal: AbortSignal): Promise<boolean[]>;
  /** The records that match, as messages the masker has masked, each with its index in `records`, in order. */
  matchRecords(records: readonly PartitionRecord[], mask: MessageMasker, signal: AbortSignal): Promise<RecordMatch[]>;
  /** Last ordinary evaluation error (a type error, $error): that message did not match. */
  readonly lastError: string | null;
  /** Ends the filter's pending work. */
  close(): void;
}

export interface RecordMatch {
  index: number;
  message: Message;
}

interface JsonataNode {
  type?: string;
  value?: unknown;
  position?: number;
  [key: string]: unknown;
}

/** Deepest bracket nesting outside string literals. */
export function nestingDepth(expression: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | null = null;
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  return deepest;
}

/** The first construct of the parsed expression that is refused, walked without recursion. */
export function findRefused(ast: unknown): { problem: string; position: number } | null {
  const pending: unknown[] = [ast];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    const n = node as JsonataNode;
    if (n.type === 'regex' && n.value instanceof RegExp) {
      const problem = regexProblem(n.value.source, n.value.flags);
      if (problem) return { problem, position: n.position ?? 0 };
      continue;
    }
    if (n.type === 'variable' && n.value === 'eval') return { problem: '$eval is not allowed in filters', position: n.position ?? 0 };
    pending.push(...Object.values(n));
  }
  return null;
}

type FastPredicate = NonNullable<ReturnType<typeof compileFastPredicate>>;

function parse(expression: string): JsonataNode {
  const depth = nestingDepth(expression);
  if (depth > MAX_FILTER_NESTING) throw badRequest(`Filter refused: brackets nested ${depth} deep (at most ${MAX_FILTER_NESTING})`);
  try {
    return jsonata(expression).ast() as JsonataNode;
  } catch (err) {
    if (err instanceof RangeError) throw badRequest('Filter refused: it is nested too deeply to parse');
    const e = err as { message?: string; position?: number };
    throw badRequest(`Filter syntax error at position ${e.position ?? 0}: ${e.message ?? 'invalid expression'}`);
  }
}

/** Validates at once (a 400 naming the problem); evaluation happens in matchBatch. Empty matches all. */
export function compileFilter(expression: string): MessageFilter {
  if (expression.length > MAX_FILTER_LENGTH) throw badRequest(`The filter is longer than ${MAX_FILTER_LENGTH} characters`);
  if (!expression.trim()) {
    return {
      matchBatch: async (messages) => messages.map(() => true),
      matchRecords: async (records, mask) => records.map((r, index) => ({ index, message: mask(toMessage(r.partition, r.record)) })),
      lastError: null,
      close() {},
    };
  }
  const ast = parse(expression);
  const refused = findRefused(ast);
  if (refused) throw badRequest(`Filter refused at position ${refused.position}: ${refused.problem}`);
  const shape = ast as Parameters<typeof compileFastPredicate>[0];
  // A shape either one does not know is simply left to JSONata.
  const orNull = <T>(compile: () => T | null): T | null => {
    try {
      return compile();
    } catch {
      return null;
    }
  };
  const paths: string[][] = [];
  const fast = orNull(() => compileFastPredicate(shape, paths));
  return new PooledFilter(expression, fast, inputPlan(paths), orNull(() => compileRawPrecheck(shape)));
}

class PooledFilter implements MessageFilter {
  lastError: string | null = null;
  private readonly budget = evaluationBudget();
  private readonly closing = new AbortController();

  constructor(
    private readonly expression: string,
    private readonly fast: FastPredicate | null,
    /** What of a record the fast path reads. */
    private readonly fastReads: InputPlan,
    private readonly precheck: RawPrecheck | null,
  ) {}

  close(): void {
    this.closing.abort();
  }

  async matchBatch(messages: readonly Message[], signal: AbortSignal): Promise<boolean[]> {
    const stop = AbortSignal.any([signal, this.closing.signal]);
    // Other requests get their turn between batches, also when the fast path decides all of them.
    await nextTurn();
    if (stop.aborted) throw cancelled();
    if (this.budget.exhausted) throw this.stopped(new FilterStopped(this.budget.exhaustedReason));
    const verdicts: boolean[] = new Array<boolean>(messages.length).fill(false);
    const undecided: number[] = [];
    const inputs: unknown[] = [];
    messages.forEach((m, i) => {
      const input = filterInput(m);
      const verdict = this.fast ? this.fast(input) : UNDECIDED;
      if (verdict === UNDECIDED) {
        undecided.push(i);
        inputs.push(input);
      } else verdicts[i] = verdict;
    });
    // The fast path is not charged: its cost per message is bounded, and the scan's own budgets cover it.
    let done = 0;
    while (done < inputs.length) {
      if (this.budget.exhausted) throw this.stopped(new FilterStopped(this.budget.exhaustedReason));
      const slice = inputs.slice(done, done + MAX_INPUTS_PER_SLICE);
      let result;
      try {
        result = await filterPool().evaluate(this.expression, slice, stop);
      } catch (err) {
        throw err instanceof FilterStopped ? this.stopped(err) : err;
      }
      this.budget.charge(result.elapsedMs);
      if (result.lastError) this.lastError = result.lastError;
      if (result.stopped) throw this.stopped(new FilterStopped(result.stopped));
      result.matched.forEach((matched, j) => {
        verdicts[undecided[done + j]!] = matched;
      });
      done += result.matched.length;
      if (result.matched.length === 0 && slice.length > 0) throw new FluxoError('internal', 'The filter engine made no progress');
    }
    return verdicts;
  }

  async matchRecords(records: readonly PartitionRecord[], mask: MessageMasker, signal: AbortSignal): Promise<RecordMatch[]> {
    const matches: RecordMatch[] = [];
    const pending: RecordMatch[] = [];
    for (const [index, { partition, record }] of records.entries()) {
      if (!mask.masksNothing) {
        pending.push({ index, message: mask(toMessage(partition, record)) });
        continue;
      }
      if (this.precheck?.(record)) continue;
      const verdict = this.fast ? this.fast(recordFilterInput(partition, record, this.fastReads)) : UNDECIDED;
      if (verdict === false) continue;
      (verdict === true ? matches : pending).push({ index, message: toMessage(partition, record) });
    }
    const verdicts = await this.matchBatch(pending.map((p) => p.message), signal);
    matches.push(...pending.filter((_, i) => verdicts[i]));
    return matches.sort((a, b) => a.index - b.index);
  }

  private stopped(err: FilterStopped): FilterStopped {
    countFilterStopped();
    return err;
  }
}
