// Domain errors: what went wrong in words a user can act on, and the HTTP status that says it.
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'method_not_allowed'
  | 'misdirected'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'unavailable'
  | 'timeout'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  method_not_allowed: 405,
  misdirected: 421,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  unavailable: 503,
  timeout: 504,
  internal: 500,
};

/** Every code, for the API's error schema. */
export const errorCodes = Object.keys(STATUS) as [ErrorCode, ...ErrorCode[]];

/**
 * Next.js bundles a module once per route, so a process can hold several copies of this class: an error
 * thrown by a shared singleton (made by another route's copy) would fail a plain instanceof and answer 500.
 * The brand is process-wide.
 */
const BRAND = Symbol.for('fluxo.FluxoError');

export class FluxoError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  readonly [BRAND] = true;
  readonly code: ErrorCode;
  readonly status: number;
  /** Headers the answer must carry, e.g. Allow on a 405 or Retry-After on a 429. */
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(message, options);
    this.name = 'FluxoError';
    this.code = code;
    this.status = STATUS[code];
    this.headers = options?.headers ?? {};
  }
}

export const badRequest = (message: string) => new FluxoError('bad_request', message);
export const notFound = (message: string) => new FluxoError('not_found', message);
export const conflict = (message: string) => new FluxoError('conflict', message);
export const forbidden = (message: string) => new FluxoError('forbidden', message);
