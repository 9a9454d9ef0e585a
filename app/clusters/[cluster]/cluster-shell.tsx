'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppShell, type ShellCluster } from '@/components/shell/app-shell';
import { sessionQuery, signOut } from '@/lib/api/queries';

/** The shell with who is signed in: sections the user may not use are left out. */
export function ClusterShell({ clusters, current, children }: { clusters: ShellCluster[]; current: string; children: ReactNode }) {
  const session = useQuery(sessionQuery());
  const client = useQueryClient();
  const router = useRouter();
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
    <AppShell clusters={clusters} current={current} permissions={data?.permissions[current]} user={data?.mode === 'login' ? user : undefined}>
      {children}
    </AppShell>
  );
}
