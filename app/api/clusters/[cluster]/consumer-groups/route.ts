import { listGroupsEndpoint } from '@/lib/api/endpoints/groups';
import { respond } from '@/lib/api/respond';
import { listConsumerGroups } from '@/lib/groups/consumer-groups';

export async function GET(req: Request, { params }: { params: Promise<{ cluster: string }> }) {
  return respond(async () => {
    const { cluster } = listGroupsEndpoint.params.parse(await params);
    const query = listGroupsEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams));
    return listConsumerGroups(cluster, query);
  });
}
