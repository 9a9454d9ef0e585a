import { respond } from '@/lib/api/respond';
import { listClusters } from '@/lib/kafka/cluster';

export async function GET() {
  return respond(() => listClusters());
}
