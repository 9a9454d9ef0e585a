'use client';
// What the signed-in user may do on a cluster, for views to leave out or disable actions. The server checks
// every request anyway; this only keeps the UI from offering what would be refused.
import { useQuery } from '@tanstack/react-query';
import type { Permission } from '../access/permissions';
import { sessionQuery } from './queries';

export interface ClusterPermissions {
  /** False while the session is unknown: actions appear once it is known to allow them. */
  can: (permission: Permission) => boolean;
  /** Why an action is unavailable, for its tooltip; undefined when allowed. */
  whyNot: (permission: Permission) => string | undefined;
}

export function useClusterPermissions(cluster: string): ClusterPermissions {
  const session = useQuery(sessionQuery()).data;
  const held = session?.permissions[cluster] ?? [];
  const can = (p: Permission) => session !== undefined && (session.mode === 'open' || held.includes(p));
  return { can, whyNot: (p) => (can(p) ? undefined : `Your role does not include ${p}`) };
}
