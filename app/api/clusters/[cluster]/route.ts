import { getClusterEndpoint } from '@/lib/api/endpoints/cluster';
import { route } from '@/lib/api/route';
import { getClusterOverview } from '@/lib/cluster/cluster';

export const GET = route(getClusterEndpoint, ({ params }) => getClusterOverview(params.cluster));
