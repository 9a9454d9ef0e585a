import { electLeadersEndpoint } from '@/lib/api/endpoints/cluster-ops';
import { route } from '@/lib/api/route';
import { electLeaders } from '@/lib/cluster/leader-election';

// The body ({ confirm: true }) is checked by the endpoint's schema before this runs.
export const POST = route(electLeadersEndpoint, ({ params }) => electLeaders(params.cluster));
