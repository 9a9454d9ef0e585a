import { listBrokersEndpoint } from '@/lib/api/endpoints/cluster';
import { respond } from '@/lib/api/respond';
import { listBrokers } from '@/lib/cluster/cluster';

export async function GET(_req: Request, { params }: { params: Promise<{ cluster: string }> }) {
  return respond(async () => listBrokers(listBrokersEndpoint.params.parse(await params).cluster));
}
