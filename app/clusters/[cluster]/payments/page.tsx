import type { Metadata } from 'next';
import { PaymentsView } from './payments-view';

export const metadata: Metadata = { title: 'Payments' };

export default async function PaymentsPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  return <PaymentsView cluster={decodeURIComponent(cluster)} />;
}
