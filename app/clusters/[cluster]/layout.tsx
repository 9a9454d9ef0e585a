import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { principalFromSession, SESSION_COOKIE } from '@/lib/access/principal';
import { accessSettings } from '@/lib/access/settings';
import { getClusters } from '@/lib/config/clusters';
import { ClusterShell } from './cluster-shell';

export const dynamic = 'force-dynamic';

export default async function ClusterLayout({ children, params }: { children: ReactNode; params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  // The pages hold no data (the API checks every call), but nobody signed out should see even the shell.
  if (accessSettings().mode === 'login') {
    const session = (await cookies()).get(SESSION_COOKIE)?.value;
    if (!session || !(await principalFromSession(session))) redirect(`/login?next=${encodeURIComponent(`/clusters/${cluster}`)}`);
  }
  const name = decodeURIComponent(cluster);
  const clusters = getClusters().map((c) => ({ name: c.name, readOnly: c.readOnly }));
  if (!clusters.some((c) => c.name === name)) notFound();
  return (
    <ClusterShell clusters={clusters} current={name}>
      {children}
    </ClusterShell>
  );
}
