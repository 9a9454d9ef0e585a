import { getBrokerConfigsEndpoint, patchBrokerConfigsEndpoint } from '@/lib/api/endpoints/cluster-ops';
import { route } from '@/lib/api/route';
import { alterBrokerConfigKeys, getBrokerConfigDetails } from '@/lib/cluster/configs';

export const GET = route(getBrokerConfigsEndpoint, ({ params }) => getBrokerConfigDetails(params.cluster, params.id));

export const PATCH = route(patchBrokerConfigsEndpoint, ({ params, body }) => alterBrokerConfigKeys(params.cluster, params.id, body));
