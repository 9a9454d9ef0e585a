'use client';
// The shell with each cluster's reachability from the cluster list, so the switcher marks a dead cluster.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AppShell, type ShellCluster } from '@/components/shell/app-shell';
import { clustersQuery } from '@/lib/api/queries';

export function ShellView({ clusters, current, children }: { clusters: ShellCluster[]; current: string; children: ReactNode }) {
  // Reachability asks every cluster for metadata: once a minute is enough for a marker in the switcher.
  const list = useQuery({ ...clustersQuery(), staleTime: 60_000, refetchOnWindowFocus: false });
  const reachable = new Map(list.data?.map((c) => [c.name, c.reachable]));
  return (
    <AppShell clusters={clusters.map((c) => ({ ...c, reachable: reachable.get(c.name) }))} current={current}>
      {children}
    </AppShell>
  );
}
