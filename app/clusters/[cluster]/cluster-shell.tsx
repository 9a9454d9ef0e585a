'use client';
// The shell with who is signed in (sections the user may not use are left out, sign-out on a login console)
// and each cluster's reachability from the cluster list, so the switcher marks a dead cluster.
// Reachability means asking every configured cluster for metadata (an unreachable one holds a connection
// attempt until its deadline), so it is asked only when the reader reaches for the switcher, not on every
// page load.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type ReactNode, useState } from 'react';
import { AppShell, type ShellCluster } from '@/components/shell/app-shell';
import { clustersQuery, sessionQuery, signOut } from '@/lib/api/queries';

export function ClusterShell({ clusters, current, children }: { clusters: ShellCluster[]; current: string; children: ReactNode }) {
  const session = useQuery(sessionQuery());
  const client = useQueryClient();
  const router = useRouter();
  const [wanted, setWanted] = useState(false);
  const list = useQuery({ ...clustersQuery(), enabled: wanted, staleTime: 60_000, refetchOnWindowFocus: false });
  const reachable = new Map(list.data?.map((c) => [c.name, c.reachable]));
  const data = session.data;
  const user = data?.user
    ? {
        name: data.user.name,
        onSignOut: data.mode === 'login'
          ? () => {
              void signOut().finally(() => {
                client.clear();
                router.replace('/login');
              });
            }
          : undefined,
      }
    : undefined;
  return (
    <AppShell
      clusters={clusters.map((c) => ({ ...c, reachable: reachable.get(c.name) }))}
      current={current}
      permissions={data?.permissions[current]}
      user={data?.mode === 'login' ? user : undefined}
      onSwitcherNear={() => setWanted(true)}
    >
      {children}
    </AppShell>
  );
}
