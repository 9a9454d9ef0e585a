import 'server-only';
// What the browser learns about its session: who, how sign-in works, and per cluster what the user may do.
// Nothing secret: no cookie, no hash, no provider secret.
import type { Session } from '../api/schemas/access';
import { getClusters } from '../config/clusters';
import { permissionsOn } from './permissions';
import type { Principal } from './principal';
import { accessSettings } from './settings';

export function describeSession(principal: Principal | null): Session {
  const s = accessSettings();
  const permissions = principal
    ? Object.fromEntries(getClusters().map((c) => [c.name, permissionsOn(principal.grants, c.name)]))
    : {};
  return {
    mode: s.mode,
    user: principal
      ? {
          name: principal.user, via: principal.via, groups: principal.groups,
          source: principal.session?.source, expiresAt: principal.session?.expiresAtMs,
        }
      : null,
    permissions,
    passwordSignIn: s.mode === 'login' && s.auth.users.length > 0,
    oidc: s.mode === 'login' && s.auth.oidc ? { label: s.auth.oidc.label } : null,
  };
}
