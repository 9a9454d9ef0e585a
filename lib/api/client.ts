// The browser's only way to the API: checks response.ok, parses with the server's schema, throws ApiError.
import type { ZodType } from 'zod';
import { errorBodySchema } from './schemas/common';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

async function parse<T>(res: Response, schema: ZodType<T>): Promise<T> {
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = errorBodySchema.safeParse(body);
    if (err.success) throw new ApiError(err.data.error.code, err.data.error.message, res.status);
    throw new ApiError('internal', `The server answered ${res.status} ${res.statusText}`, res.status);
  }
  const data = schema.safeParse(body);
  // Without this guard an unexpected body renders as "0 topics" instead of an error.
  if (!data.success) throw new ApiError('internal', 'The server answered in an unexpected shape', res.status);
  return data.data;
}

export async function apiGet<T>(path: string, schema: ZodType<T>, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { signal, headers: { accept: 'application/json' } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError('unavailable', 'The Fluxo server cannot be reached', 0);
  }
  return parse(res, schema);
}

export async function apiSend<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  schema: ZodType<T>,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('unavailable', 'The Fluxo server cannot be reached', 0);
  }
  return parse(res, schema);
}

/** Retry only what can succeed: never a 4xx, a 503 or a network failure once. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError) {
    if (error.status >= 400 && error.status < 500) return false;
    return failureCount < 1;
  }
  return failureCount < 1;
}
