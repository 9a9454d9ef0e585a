import { listBrokersEndpoint } from '@/lib/api/endpoints/cluster';
import { route } from '@/lib/api/route';
import { listBrokers } from '@/lib/cluster/cluster';

export const GET = route(listBrokersEndpoint, ({ params }) => listBrokers(params.cluster));
