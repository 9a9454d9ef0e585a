import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { BrokersView } from './brokers-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('titles.brokers') };
}

export default async function BrokersPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <BrokersView cluster={decodeURIComponent(cluster)} />;
}
