import { getTopicSizesEndpoint } from '@/lib/api/endpoints/operations';
import { respond } from '@/lib/api/respond';
import { getTopicSizes } from '@/lib/cluster/log-dir-sizes';

export async function GET(_req: Request, { params }: { params: Promise<{ cluster: string; topic: string }> }) {
  return respond(async () => {
    const { cluster, topic } = getTopicSizesEndpoint.params.parse(await params);
    return getTopicSizes(cluster, topic);
  });
}
