// User filters over messages, in JSONata: a declarative language run by its own interpreter (no eval, no
// Function constructor; property lookups ignore prototypes), bounded here in size, time, depth and regex cost.
import jsonata from 'jsonata';
import { MAX_FILTER_LENGTH, type Message } from '../api/schemas/messages';
import { badRequest } from '../errors';
import { compileFastPredicate, UNDECIDED } from './fast-filter';
import { regexProblem, SafeRegExp } from './safe-regex';

/** Per message: past this an evaluation stops with an error instead of holding the scan. */
export const FILTER_TIMEOUT_MS = 100;
const MAX_DEPTH = 200;
/** Caps sequences such as [1..10000000] that would fill memory. */
const MAX_SEQUENCE = 10_000;

export interface MessageFilter {
  /** True when the message matches; an evaluation error (timeout, type error) is a non-match. */
  matches(message: Message): Promise<boolean>;
  /** Last evaluation error, shown once to the user. */
  readonly lastError: string | null;
}

interface JsonataNode {
  type?: string;
  value?: unknown;
  position?: number;
  [key: string]: unknown;
}

/** Finds the first unsafe regex literal in the parsed expression. */
function findUnsafeRegex(node: unknown): { problem: string; position: number } | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findUnsafeRegex(child);
      if (found) return found;
    }
    return null;
  }
  if (!node || typeof node !== 'object') return null;
  const n = node as JsonataNode;
  if (n.type === 'regex' && n.value instanceof RegExp) {
    const problem = regexProblem(n.value.source);
    if (problem) return { problem, position: n.position ?? 0 };
  }
  for (const [key, child] of Object.entries(n)) {
    if (key !== 'value' || n.type !== 'regex') {
      const found = findUnsafeRegex(child);
      if (found) return found;
    }
  }
  return null;
}

function parseValue(text: string | null, encoding: Message['valueEncoding']): unknown {
  if (text === null || encoding !== 'json') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What a filter sees: key and value (parsed when JSON), headers as an object, and the record's place. */
export function filterInput(m: Message): Record<string, unknown> {
  const headers: Record<string, string | null> = {};
  for (const h of m.headers) headers[h.key] = h.value;
  return {
    key: parseValue(m.key, m.keyEncoding),
    value: parseValue(m.value, m.valueEncoding),
    headers,
    partition: m.partition,
    offset: m.offset,
    timestamp: m.timestamp,
    size: m.size,
  };
}

/** Compiles a filter; a syntax error or refused construct is a 400 naming the position. Empty matches all. */
export function compileFilter(expression: string): MessageFilter {
  if (expression.length > MAX_FILTER_LENGTH) throw badRequest(`The filter is longer than ${MAX_FILTER_LENGTH} characters`);
  if (!expression.trim()) return { matches: async () => true, lastError: null };
  let compiled: ReturnType<typeof jsonata>;
  try {
    compiled = jsonata(expression, {
      timeout: FILTER_TIMEOUT_MS,
      stack: MAX_DEPTH,
      sequence: MAX_SEQUENCE,
      RegexEngine: SafeRegExp,
    } as Parameters<typeof jsonata>[1]);
  } catch (err) {
    const e = err as { message?: string; position?: number };
    throw badRequest(`Filter syntax error at position ${e.position ?? 0}: ${e.message ?? 'invalid expression'}`);
  }
  const unsafe = findUnsafeRegex(compiled.ast());
  if (unsafe) throw badRequest(`Filter refused at position ${unsafe.position}: ${unsafe.problem}`);
  const fast = compileFastPredicate(compiled.ast() as Parameters<typeof compileFastPredicate>[0]);
  const filter = {
    lastError: null as string | null,
    async matches(message: Message): Promise<boolean> {
      const input = filterInput(message);
      const verdict = fast ? fast(input) : UNDECIDED;
      if (verdict !== UNDECIDED) return verdict;
      try {
        return isTruthy(await compiled.evaluate(input));
      } catch (err) {
        filter.lastError = (err as { message?: string }).message ?? 'evaluation failed';
        return false;
      }
    },
  };
  return filter;
}

/** JSONata's boolean rules: empty sequences, empty strings, 0 and null are false. */
function isTruthy(result: unknown): boolean {
  if (Array.isArray(result)) return result.some(isTruthy);
  return Boolean(result);
}
