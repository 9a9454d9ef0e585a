// A refusal in the API's error shape, for code that runs before any route (proxy.ts); routes use respond.ts.
import type { FluxoError } from '../errors';
import { apiHeaders } from './security-headers';

export function refusalResponse(err: FluxoError, requestId: string): Response {
  return Response.json({ error: { code: err.code, message: err.message } }, { status: err.status, headers: apiHeaders(requestId, err.headers) });
}
