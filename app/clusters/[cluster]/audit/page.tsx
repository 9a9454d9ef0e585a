import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { AuditView } from './audit-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('audit.title') };
}

export default async function AuditPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <AuditView cluster={decodeURIComponent(cluster)} />;
}
