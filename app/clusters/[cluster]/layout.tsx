import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getClusters } from '@/lib/config/clusters';
import { ShellView } from './shell-view';

export const dynamic = 'force-dynamic';

export default async function ClusterLayout({ children, params }: { children: ReactNode; params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  const name = decodeURIComponent(cluster);
  const clusters = getClusters().map((c) => ({ name: c.name, readOnly: c.readOnly }));
  if (!clusters.some((c) => c.name === name)) notFound();
  return (
    <ShellView clusters={clusters} current={name}>
      {children}
    </ShellView>
  );
}
