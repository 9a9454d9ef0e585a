import { getBrokerEndpoint } from '@/lib/api/endpoints/cluster';
import { route } from '@/lib/api/route';
import { getBroker } from '@/lib/cluster/cluster';

export const GET = route(getBrokerEndpoint, ({ params }) => getBroker(params.cluster, params.id));
