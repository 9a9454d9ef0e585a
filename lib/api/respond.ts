import 'server-only';
// The one place that turns a handler's outcome into HTTP: JSON on success, { error: { code, message } } else.
import { ZodError } from 'zod';
import { badRequest, FluxoError } from '../errors';
import type { ErrorBody } from './schemas/common';

function describeZod(err: ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'Invalid input';
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

export function errorResponse(err: unknown): Response {
  let body: ErrorBody;
  let status: number;
  if (err instanceof ZodError) {
    status = 400;
    body = { error: { code: 'bad_request', message: describeZod(err) } };
  } else if (err instanceof FluxoError) {
    status = err.status;
    body = { error: { code: err.code, message: err.message } };
    if (err.code === 'internal') console.error('[fluxo] internal error:', err.cause ?? err);
  } else {
    status = 500;
    body = { error: { code: 'internal', message: 'Something went wrong on the server; see its log' } };
    console.error('[fluxo] unexpected error:', err);
  }
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

export async function respond<T>(work: () => Promise<T>, init?: { status?: number }): Promise<Response> {
  try {
    const data = await work();
    return Response.json(data, { status: init?.status ?? 200, headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}

/** The request's JSON body; malformed JSON is a 400, not a 500. */
export async function readJsonBody(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON');
  }
}
