import { alterQuotaEndpoint, listQuotasEndpoint } from '@/lib/api/endpoints/operations';
import { readJsonBody, respond } from '@/lib/api/respond';
import { alterQuota, listQuotas } from '@/lib/cluster/quotas';

type Ctx = { params: Promise<{ cluster: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  return respond(async () => listQuotas(listQuotasEndpoint.params.parse(await params).cluster));
}

export async function PATCH(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster } = alterQuotaEndpoint.params.parse(await params);
    return alterQuota(cluster, alterQuotaEndpoint.body.parse(await readJsonBody(req)));
  });
}
