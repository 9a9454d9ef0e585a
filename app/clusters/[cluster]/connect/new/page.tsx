import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { NewConnectorView } from './new-connector-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('newConnector.title') };
}

export default async function NewConnectorPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <NewConnectorView cluster={decodeURIComponent(cluster)} />;
}
