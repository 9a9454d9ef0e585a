import type { Metadata } from 'next';
import { TransactionsView } from './transactions-view';

export const metadata: Metadata = { title: 'Transactions' };

export default async function TransactionsPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <TransactionsView cluster={decodeURIComponent(cluster)} />;
}
