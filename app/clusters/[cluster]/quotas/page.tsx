import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { QuotasView } from './quotas-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('quotas.title') };
}

export default async function QuotasPage({ params }: { params: Promise<{ cluster: string }> }) {
  return <QuotasView cluster={decodeURIComponent((await params).cluster)} />;
}
