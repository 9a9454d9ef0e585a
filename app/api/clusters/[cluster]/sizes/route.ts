import { getClusterSizesEndpoint } from '@/lib/api/endpoints/operations';
import { respond } from '@/lib/api/respond';
import { getClusterSizes } from '@/lib/cluster/log-dir-sizes';

export async function GET(_req: Request, { params }: { params: Promise<{ cluster: string }> }) {
  return respond(async () => getClusterSizes(getClusterSizesEndpoint.params.parse(await params).cluster));
}
