import { listClustersEndpoint } from '@/lib/api/endpoints/cluster';
import { route } from '@/lib/api/route';
import { listClusters } from '@/lib/cluster/cluster';

export const GET = route(listClustersEndpoint, () => listClusters());
