'use client';
// The shell with each cluster's reachability from the cluster list, so the switcher marks a dead cluster.
// Reachability means asking every configured cluster for metadata (an unreachable one holds a connection
// attempt until its deadline), so it is asked only when the reader reaches for the switcher, not on every
// page load.
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { AppShell, type ShellCluster } from '@/components/shell/app-shell';
import { clustersQuery } from '@/lib/api/queries';

export function ShellView({ clusters, current, children }: { clusters: ShellCluster[]; current: string; children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const list = useQuery({ ...clustersQuery(), enabled: wanted, staleTime: 60_000, refetchOnWindowFocus: false });
  const reachable = new Map(list.data?.map((c) => [c.name, c.reachable]));
  return (
    <AppShell clusters={clusters.map((c) => ({ ...c, reachable: reachable.get(c.name) }))} current={current} onSwitcherNear={() => setWanted(true)}>
      {children}
    </AppShell>
  );
}
