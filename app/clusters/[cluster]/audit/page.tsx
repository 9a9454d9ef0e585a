import type { Metadata } from 'next';
import { AuditView } from './audit-view';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <AuditView cluster={decodeURIComponent(cluster)} />;
}
