import 'server-only';
// The one place that turns a handler's outcome into HTTP: JSON on success, { error: { code, message } } else.
import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { badRequest, FluxoError } from '../errors';
import { apiHeaders } from '../edge/security-headers';
import type { ErrorBody } from './schemas/common';

function describeZod(err: ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'Invalid input';
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

export function newRequestId(): string {
  return randomUUID();
}

/**
 * The error answer for anything thrown. Unexpected errors are logged here with the request id the client
 * receives (in x-request-id on every answer, and in the body of a 500), so a report ("request 3f2a…")
 * finds its stack trace; the client never sees one.
 */
export function errorResponse(err: unknown, requestId: string = newRequestId()): Response {
  let body: ErrorBody;
  let status: number;
  let extra: Record<string, string> = {};
  if (err instanceof ZodError) {
    status = 400;
    body = { error: { code: 'bad_request', message: describeZod(err) } };
  } else if (err instanceof FluxoError) {
    status = err.status;
    extra = err.headers;
    body = { error: { code: err.code, message: err.message } };
    if (err.code === 'internal') {
      body.error.requestId = requestId;
      console.error(`[fluxo] internal error (request ${requestId}):`, err.cause ?? err);
    }
  } else {
    status = 500;
    body = { error: { code: 'internal', message: `Something went wrong on the server; see its log for request ${requestId}`, requestId } };
    console.error(`[fluxo] unexpected error (request ${requestId}):`, err);
  }
  return Response.json(body, { status, headers: apiHeaders(requestId, extra) });
}

export async function respond<T>(work: () => Promise<T>, init?: { status?: number; requestId?: string }): Promise<Response> {
  const requestId = init?.requestId ?? newRequestId();
  try {
    const data = await work();
    return Response.json(data, { status: init?.status ?? 200, headers: apiHeaders(requestId) });
  } catch (err) {
    return errorResponse(err, requestId);
  }
}

/** Parses a request body's text as JSON; an empty body is {}, malformed JSON is a 400, not a 500. */
export function parseJsonText(text: string): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON');
  }
}

/** The request's JSON body; malformed JSON is a 400, not a 500. */
export async function readJsonBody(req: Request): Promise<unknown> {
  return parseJsonText(await req.text());
}
