import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { AclsView } from './acls-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('acls.title') };
}

export default async function AclsPage({ params }: { params: Promise<{ cluster: string }> }) {
  return <AclsView cluster={decodeURIComponent((await params).cluster)} />;
}
