import { getLeadershipEndpoint } from '@/lib/api/endpoints/cluster-ops';
import { route } from '@/lib/api/route';
import { getLeadership } from '@/lib/cluster/leader-election';

export const GET = route(getLeadershipEndpoint, ({ params }) => getLeadership(params.cluster));
