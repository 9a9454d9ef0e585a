import { alterQuotaEndpoint, listQuotasEndpoint } from '@/lib/api/endpoints/cluster-ops';
import { route } from '@/lib/api/route';
import { alterQuota, listQuotas } from '@/lib/cluster/quotas';

export const GET = route(listQuotasEndpoint, ({ params }) => listQuotas(params.cluster));

export const PATCH = route(alterQuotaEndpoint, ({ params, body }) => alterQuota(params.cluster, body));
