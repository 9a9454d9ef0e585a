import { getClusterSizesEndpoint } from '@/lib/api/endpoints/cluster-ops';
import { route } from '@/lib/api/route';
import { getClusterSizes } from '@/lib/cluster/log-dir-sizes';

export const GET = route(getClusterSizesEndpoint, ({ params }) => getClusterSizes(params.cluster));
