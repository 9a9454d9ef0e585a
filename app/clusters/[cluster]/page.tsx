import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { OverviewView } from './overview-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('titles.overview') };
}

export default async function OverviewPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <OverviewView cluster={decodeURIComponent(cluster)} />;
}
