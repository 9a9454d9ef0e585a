import { getBrokerEndpoint } from '@/lib/api/endpoints/cluster';
import { respond } from '@/lib/api/respond';
import { getBroker } from '@/lib/cluster/cluster';

export async function GET(_req: Request, { params }: { params: Promise<{ cluster: string; id: string }> }) {
  return respond(async () => {
    const { cluster, id } = getBrokerEndpoint.params.parse(await params);
    return getBroker(cluster, id);
  });
}
