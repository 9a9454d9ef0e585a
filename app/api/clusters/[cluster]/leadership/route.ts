import { getLeadershipEndpoint } from '@/lib/api/endpoints/operations';
import { respond } from '@/lib/api/respond';
import { getLeadership } from '@/lib/cluster/leader-election';

export async function GET(_req: Request, { params }: { params: Promise<{ cluster: string }> }) {
  return respond(async () => getLeadership(getLeadershipEndpoint.params.parse(await params).cluster));
}
