import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { PaymentsView } from './payments-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('titles.payments') };
}

export default async function PaymentsPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <PaymentsView cluster={decodeURIComponent(cluster)} />;
}
