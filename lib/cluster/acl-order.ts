// Pure: ACLs in a stable reading order (resource, then principal, then operation).
import type { Acl } from '../api/schemas/acls';

const key = (a: Acl) => [a.resourceType, a.patternType, a.resourceName, a.principal, a.host, a.operation, a.permission].join('\u0000');

export function sortAcls(acls: Acl[]): Acl[] {
  return [...acls].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
