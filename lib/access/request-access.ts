import 'server-only';
// Access control's two steps in the route wrapper: before the handler, who is asking and may they (401/403);
// after it, the audit record of a change or a message read.
import { FluxoError } from '../errors';
import { type AuditRecord, auditParameters } from './audit-record';
import { newAuditId, recordAudit } from './audit';
import { identify, type Principal, requirePermission, unauthorized } from './principal';
import { type AccessDeclared, endpointAccess } from './endpoint-access';
import { isAllowed, PERMISSIONS } from './permissions';

export interface AccessTargetParams {
  cluster?: unknown;
  topic?: unknown;
}

function target(params: AccessTargetParams | undefined) {
  if (!params) return {};
  return {
    cluster: typeof params.cluster === 'string' ? params.cluster : undefined,
    topic: typeof params.topic === 'string' ? params.topic : undefined,
  };
}

/** Identity first: an anonymous request is a 401 whatever else is wrong with it. */
export async function identifyCaller(endpoint: AccessDeclared, request: Request): Promise<Principal | null> {
  const principal = await identify(request);
  if (!principal && endpointAccess(endpoint) !== 'public') throw unauthorized();
  return principal;
}

export function authorizeCaller(endpoint: AccessDeclared, principal: Principal | null, params: AccessTargetParams): void {
  const access = endpointAccess(endpoint);
  if (access === 'public') return;
  if (!principal) throw unauthorized();
  if (access === 'signed-in') return;
  if (access === 'all') {
    const t = target(params);
    const missing = PERMISSIONS.find((p) => !isAllowed(principal.grants, p, t));
    if (missing) requirePermission(principal, missing, t);
    return;
  }
  requirePermission(principal, access, target(params));
}

/** Changes and message reads are audited; other reads are not (they would drown the log). */
export function isAudited(endpoint: AccessDeclared): boolean {
  const access = endpointAccess(endpoint);
  return endpoint.method !== 'get' || (typeof access === 'string' && access.startsWith('messages:'));
}

export interface AuditInput {
  endpoint: AccessDeclared;
  principal: Principal | null;
  request: Request;
  clientAddress: string;
  params: Record<string, unknown>;
  query: unknown;
  body: unknown;
  status: number;
  error?: unknown;
  requestId: string;
}

export function auditRequest(input: AuditInput): void {
  if (!isAudited(input.endpoint)) return;
  const access = endpointAccess(input.endpoint);
  const stringParams = Object.fromEntries(
    Object.entries(input.params).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number').map(([k, v]) => [k, String(v)]),
  );
  const record: AuditRecord = {
    id: newAuditId(),
    timeMs: Date.now(),
    user: input.principal?.user ?? 'nobody',
    via: input.principal?.via ?? 'none',
    from: input.clientAddress,
    cluster: typeof input.params.cluster === 'string' ? input.params.cluster : null,
    action: input.endpoint.auditAction ?? (access === 'all' || access === 'public' || access === 'signed-in' ? `${input.endpoint.method}:${input.endpoint.path}` : access),
    method: input.endpoint.method.toUpperCase(),
    path: new URL(input.request.url).pathname,
    target: stringParams,
    parameters: { query: auditParameters(input.query), body: auditParameters(input.body) } as Record<string, unknown>,
    result: { status: input.status, code: input.error instanceof FluxoError ? input.error.code : undefined },
    requestId: input.requestId,
  };
  recordAudit(record);
}
