// Which sentence the UI shows for a failed request: one per API error code, in the reader's language (the
// `errors` messages), above the server's own English message.
import type { ErrorCode } from '../errors';
import { ApiError } from './client';

export type ErrorSentenceKey = ErrorCode | 'offline' | 'other';

const CODES: Record<ErrorCode, true> = {
  bad_request: true,
  unauthorized: true,
  forbidden: true,
  not_found: true,
  conflict: true,
  method_not_allowed: true,
  misdirected: true,
  payload_too_large: true,
  unsupported_media_type: true,
  too_many_requests: true,
  unavailable: true,
  timeout: true,
  internal: true,
};

const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(CODES, code);

/**
 * The key of the sentence for `error`: its code; "offline" when Fluxo itself gave no answer (status 0); "other"
 * for a code this client does not know. Null for an error thrown in the browser (a form's own check), whose
 * message says it all.
 */
export function errorSentenceKey(error: unknown): ErrorSentenceKey | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 0) return 'offline';
  return isErrorCode(error.code) ? error.code : 'other';
}
