import type { Metadata } from 'next';
import { QuotasView } from './quotas-view';

export const metadata: Metadata = { title: 'Quotas' };

export default async function QuotasPage({ params }: { params: Promise<{ cluster: string }> }) {
  return <QuotasView cluster={decodeURIComponent((await params).cluster)} />;
}
