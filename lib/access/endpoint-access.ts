// What an endpoint asks of its caller, with the safe default for endpoints that do not say. Pure.
import type { EndpointAccess } from './permissions';

export interface AccessDeclared {
  method: string;
  path: string;
  access?: EndpointAccess;
  /** The audit log's name for a public or signed-in action (sign-in, sign-out). */
  auditAction?: string;
}

/** An endpoint that forgot to say is cluster:read for reads and admin ('all') for changes: never open by accident. */
export function endpointAccess(endpoint: AccessDeclared): EndpointAccess | 'all' {
  return endpoint.access ?? (endpoint.method === 'get' ? 'cluster:read' : 'all');
}
