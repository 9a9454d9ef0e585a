import { getTopicSizesEndpoint } from '@/lib/api/endpoints/cluster-ops';
import { route } from '@/lib/api/route';
import { getTopicSizes } from '@/lib/cluster/log-dir-sizes';

export const GET = route(getTopicSizesEndpoint, ({ params }) => getTopicSizes(params.cluster, params.topic));
