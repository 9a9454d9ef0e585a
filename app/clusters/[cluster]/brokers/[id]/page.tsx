import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { BrokerView } from './broker-view';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await getTranslator())('titles.broker', { id: (await params).id }) };
}

export default async function BrokerPage({ params }: { params: Promise<{ cluster: string; id: string }> }) {
  const { cluster, id } = await params;
  return <BrokerView cluster={decodeURIComponent(cluster)} id={Number(id)} />;
}
