// Connect's error answers ({ error_code, message }) in our words and codes.
import { FluxoError } from '../errors';

function messageOf(body: unknown): string | null {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') return body.message;
  if (typeof body === 'string' && body.trim()) return body.trim().slice(0, 500);
  return null;
}

export function connectErrorFor(connectName: string, status: number, body: unknown): FluxoError {
  const message = messageOf(body) ?? `Connect cluster "${connectName}" answered HTTP ${status}`;
  if (status === 400 || status === 422) return new FluxoError('bad_request', message);
  if (status === 401 || status === 403) return new FluxoError('forbidden', `Connect cluster "${connectName}" refused the credentials: ${message}`);
  if (status === 404) return new FluxoError('not_found', message);
  // 409: a rebalance is in progress, or the connector already exists / is not stopped.
  if (status === 409) return new FluxoError('conflict', message);
  if (status === 503 || status === 502) return new FluxoError('unavailable', message);
  if (status === 504) return new FluxoError('timeout', message);
  return new FluxoError('internal', `Connect cluster "${connectName}" failed: ${message}`);
}
