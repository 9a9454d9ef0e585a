import type { Metadata } from 'next';
import { getTranslator } from '@/lib/i18n/server';
import { TransactionsView } from './transactions-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())('transactions.title') };
}

export default async function TransactionsPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <TransactionsView cluster={decodeURIComponent(cluster)} />;
}
