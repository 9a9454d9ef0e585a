// An endpoint is declared once: its path, inputs and answer. Route handlers parse with these schemas,
// the browser client validates answers with them, and lib/api/openapi.ts documents them.
import type { ZodObject, ZodType } from 'zod';
import type { EndpointAccess } from '../access/permissions';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Endpoint {
  method: HttpMethod;
  /** OpenAPI-style path: /api/clusters/{cluster} */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: ZodObject;
  query?: ZodObject;
  body?: ZodType;
  response: ZodType;
  /** Success status, 200 unless said. */
  status?: number;
  /** Media type of the answer, JSON unless said (e.g. text/event-stream). */
  contentType?: string;
  /** Error statuses this endpoint can answer besides 400/404/500. */
  errors?: number[];
  /** A message reader (search, export, tail): counts against the concurrent-reader caps, 429 beyond them. */
  reader?: boolean;
  /**
   * What the caller must be allowed (lib/access/request-access.ts): a permission on the cluster (and, for
   * messages, the topic), 'signed-in', or 'public'. Undeclared: cluster:read for reads, admin for changes.
   */
  access?: EndpointAccess;
  /** The audit log's name for a public or signed-in action (sign-in, sign-out). */
  auditAction?: string;
}

export function defineEndpoint<const E extends Endpoint>(endpoint: E): E {
  return endpoint;
}

/** Fills an endpoint's {placeholders}: endpointPath(getBroker, { cluster: 'local', id: 1 }). */
export function endpointPath(
  endpoint: Pick<Endpoint, 'path'>,
  params: Record<string, string | number>,
  query?: Record<string, string | number | boolean | undefined>,
): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing path parameter ${key} for ${endpoint.path}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
