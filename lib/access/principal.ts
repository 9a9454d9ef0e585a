import 'server-only';
// Who is asking: from the session cookie or an API token (Authorization: Bearer fxt_…), or the anonymous
// admin of an open console. A forged, expired or revoked session or token is nobody.
import { FluxoError } from '../errors';
import { parseToken, secretMatches } from './api-token';
import { grantsFor, rolePermissions } from './grants';
import { BUILT_IN_ROLES, type Grant, isAllowed, type Permission } from './permissions';
import { decodeSession } from './session-token';
import { accessSettings } from './settings';
import { findToken, isSessionRevoked, touchToken } from './state-store';

export const SESSION_COOKIE = 'fluxo_session';

export interface Principal {
  user: string;
  via: 'session' | 'token' | 'open';
  groups: string[];
  grants: Grant[];
  /** Session id and end, for sign-out. */
  session?: { sid: string; expiresAtMs: number; source: 'password' | 'oidc' };
}

const OPEN: Principal = {
  user: 'anonymous', via: 'open', groups: [],
  grants: [{ role: 'admin', permissions: BUILT_IN_ROLES.admin, clusters: ['*'] }],
};

export function cookieValue(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export const unauthorized = (message = 'Sign in to use the console (or send an API token)') =>
  new FluxoError('unauthorized', message, { headers: { 'www-authenticate': 'Bearer realm="fluxo"' } });

/** The request's principal; null when nobody is signed in. Throws 401 for a bad token (never silently anonymous). */
export async function identify(request: Request): Promise<Principal | null> {
  const settings = accessSettings();
  if (settings.mode === 'open') return OPEN;
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const [scheme, value] = authorization.split(/\s+/, 2);
    if (scheme?.toLowerCase() !== 'bearer' || !value) throw unauthorized('Authorization must be "Bearer <API token>"');
    const parsed = parseToken(value);
    const token = parsed ? await findToken(parsed.id) : undefined;
    if (!parsed || !token || token.revokedAtMs !== null || !secretMatches(parsed.secret, token.secretHash)) {
      throw unauthorized('This API token is not valid (unknown, revoked or mistyped)');
    }
    touchToken(token, Date.now()).catch((err: unknown) => console.error(`[fluxo] could not record use of token ${token.id}: ${(err as Error).message}`));
    return {
      user: `token:${token.id}`, via: 'token', groups: [],
      grants: [{ role: token.role, permissions: rolePermissions(token.role, settings.roles), clusters: token.clusters }],
    };
  }
  const cookie = cookieValue(request, SESSION_COOKIE);
  return cookie ? principalFromSession(cookie) : null;
}

/** The principal of a session cookie's value; null when it is forged, expired or revoked (or sign-in is off). */
export async function principalFromSession(cookie: string): Promise<Principal | null> {
  const settings = accessSettings();
  if (settings.mode === 'open') return OPEN;
  const claims = decodeSession(cookie, settings.sessionSecret, Date.now());
  if (!claims || (await isSessionRevoked(claims.sid))) return null;
  return {
    user: claims.username, via: 'session', groups: claims.groups,
    grants: grantsFor({ username: claims.username, groups: claims.groups }, settings.roles, settings.bindings),
    session: { sid: claims.sid, expiresAtMs: claims.expiresAtMs, source: claims.source },
  };
}

/** 401 without a principal, 403 without the permission on the target. */
export function requirePermission(principal: Principal | null, permission: Permission, target: { cluster?: string; topic?: string }): Principal {
  if (!principal) throw unauthorized();
  if (!isAllowed(principal.grants, permission, target)) {
    const where = target.topic ? ` on topic "${target.topic}"` : target.cluster ? ` on cluster "${target.cluster}"` : '';
    throw new FluxoError('forbidden', `${principal.user} may not ${permission}${where}: ask an admin for a role that grants it`);
  }
  return principal;
}
