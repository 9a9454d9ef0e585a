import type { Metadata } from 'next';
import { ReassignmentsView } from './reassignments-view';

export const metadata: Metadata = { title: 'Reassignments' };

export default async function ReassignmentsPage({ params }: { params: Promise<{ cluster: string }> }) {
  return <ReassignmentsView cluster={decodeURIComponent((await params).cluster)} />;
}
