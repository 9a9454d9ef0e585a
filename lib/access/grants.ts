// From the config's roles and bindings to the grants of one identity. Pure.
import type { BindingConfig, RoleConfig } from '../config/access-schema';
import { BUILT_IN_ROLES, type Grant, type Permission } from './permissions';

export interface Identity {
  username: string;
  groups: readonly string[];
}

export function rolePermissions(role: string, custom: readonly RoleConfig[]): readonly Permission[] {
  const own = custom.find((r) => r.name === role);
  if (own) return own.permissions;
  return (BUILT_IN_ROLES as Record<string, readonly Permission[]>)[role] ?? [];
}

/** Every binding naming the user or one of their groups becomes a grant. */
export function grantsFor(identity: Identity, roles: readonly RoleConfig[], bindings: readonly BindingConfig[]): Grant[] {
  return bindings
    .filter((b) => b.users.includes(identity.username) || b.groups.some((g) => identity.groups.includes(g)))
    .map((b) => ({ role: b.role, permissions: rolePermissions(b.role, roles), clusters: b.clusters, topics: b.topics }));
}
