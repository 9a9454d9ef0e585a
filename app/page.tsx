import { redirect } from 'next/navigation';
import { getClusters } from '@/lib/config/clusters';

export const dynamic = 'force-dynamic';

export default function Home() {
  const [first] = getClusters();
  redirect(`/clusters/${encodeURIComponent(first!.name)}`);
}
