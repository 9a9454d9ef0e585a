import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { ConnectorView } from './connector-view';

export async function generateMetadata({ params }: { params: Promise<{ connector: string }> }): Promise<Metadata> {
  const { connector } = await params;
  return { title: `${decodeURIComponent(connector)} · ${(await getTranslator())('connector.title')}` };
}

export default async function ConnectorPage({ params }: { params: Promise<{ cluster: string; connect: string; connector: string }> }) {
  const { cluster, connect, connector } = await params;
  return <ConnectorView cluster={decodeURIComponent(cluster)} connect={decodeURIComponent(connect)} connector={decodeURIComponent(connector)} />;
}
