import { respond } from '@/lib/api/respond';
import { listClusters } from '@/lib/cluster/cluster';

export async function GET() {
  return respond(() => listClusters());
}
