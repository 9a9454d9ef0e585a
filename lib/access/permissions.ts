// Who may do what: permissions, the built-in roles, and the check every route makes. Pure, so the browser
// can hide what a user may not do with the same rules the server enforces.

export const PERMISSIONS = [
  'cluster:read',
  'cluster:configure',
  'topics:read',
  'topics:create',
  'topics:config',
  'topics:delete',
  'messages:read',
  'messages:produce',
  'messages:export',
  'groups:read',
  'groups:reset',
  'groups:delete',
  'transactions:read',
  'transactions:abort',
  'acls:read',
  'acls:write',
  'quotas:read',
  'quotas:write',
  'reassignments:write',
  'connect:read',
  'connect:write',
  'audit:read',
  'tokens:manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** What an endpoint asks of its caller: a permission, any signed-in user, or nothing (sign-in, health). */
export type EndpointAccess = Permission | 'signed-in' | 'public';

/** Permissions whose target is a topic's messages: a binding's `topics` patterns narrow them. */
const MESSAGE_PERMISSIONS: ReadonlySet<Permission> = new Set(['messages:read', 'messages:produce', 'messages:export']);

const VIEWER: Permission[] = [
  'cluster:read', 'topics:read', 'messages:read', 'groups:read', 'transactions:read', 'acls:read', 'quotas:read',
  'connect:read',
];
const OPERATOR: Permission[] = [
  ...VIEWER, 'messages:produce', 'messages:export', 'groups:reset', 'topics:create', 'topics:config', 'connect:write',
];

export const BUILT_IN_ROLES: Readonly<Record<'viewer' | 'operator' | 'admin', readonly Permission[]>> = {
  viewer: VIEWER,
  operator: OPERATOR,
  admin: PERMISSIONS,
};

export type RoleName = string;

/** A role granted on some clusters (glob patterns) and, for message access, some topics (glob patterns). */
export interface Grant {
  role: RoleName;
  permissions: readonly Permission[];
  clusters: readonly string[];
  /** Absent: every topic. */
  topics?: readonly string[];
}

/** `*` matches any run of characters; everything else is literal. */
export function globMatches(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === value;
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (!value.startsWith(first) || !value.endsWith(last) || value.length < first.length + last.length) return false;
  let at = first.length;
  for (const middle of parts.slice(1, -1)) {
    const found = value.indexOf(middle, at);
    if (found < 0 || found + middle.length > value.length - last.length) return false;
    at = found + middle.length;
  }
  return true;
}

export interface AccessTarget {
  cluster?: string;
  topic?: string;
}

/** True when one grant allows the permission on the target. A cluster-less target (the cluster list) needs any cluster. */
export function isAllowed(grants: readonly Grant[], permission: Permission, target: AccessTarget): boolean {
  return grants.some((grant) => {
    if (!grant.permissions.includes(permission)) return false;
    if (target.cluster !== undefined && !grant.clusters.some((p) => globMatches(p, target.cluster!))) return false;
    if (MESSAGE_PERMISSIONS.has(permission) && grant.topics && target.topic !== undefined) {
      return grant.topics.some((p) => globMatches(p, target.topic!));
    }
    return true;
  });
}

/** The permissions a user holds on one cluster (any topic), for the UI to show or hide actions. */
export function permissionsOn(grants: readonly Grant[], cluster: string): Permission[] {
  return PERMISSIONS.filter((p) => isAllowed(grants, p, { cluster }));
}
