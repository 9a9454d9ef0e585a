import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { ConnectView } from './connect-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('connect.title') };
}

export default async function ConnectPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <ConnectView cluster={decodeURIComponent(cluster)} />;
}
