import { electLeadersEndpoint } from '@/lib/api/endpoints/operations';
import { readJsonBody, respond } from '@/lib/api/respond';
import { electLeaders } from '@/lib/cluster/leader-election';

export async function POST(req: Request, { params }: { params: Promise<{ cluster: string }> }) {
  return respond(async () => {
    const { cluster } = electLeadersEndpoint.params.parse(await params);
    electLeadersEndpoint.body.parse(await readJsonBody(req));
    return electLeaders(cluster);
  });
}
