import { getClusterEndpoint } from '@/lib/api/endpoints/cluster';
import { respond } from '@/lib/api/respond';
import { getClusterOverview } from '@/lib/cluster/cluster';

export async function GET(_req: Request, { params }: { params: Promise<{ cluster: string }> }) {
  return respond(async () => getClusterOverview(getClusterEndpoint.params.parse(await params).cluster));
}
