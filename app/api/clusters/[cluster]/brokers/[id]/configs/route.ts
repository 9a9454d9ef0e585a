import { getBrokerConfigsEndpoint, patchBrokerConfigsEndpoint } from '@/lib/api/endpoints/operations';
import { readJsonBody, respond } from '@/lib/api/respond';
import { alterBrokerConfigKeys, getBrokerConfigDetails } from '@/lib/cluster/configs';

type Ctx = { params: Promise<{ cluster: string; id: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, id } = getBrokerConfigsEndpoint.params.parse(await params);
    return getBrokerConfigDetails(cluster, id);
  });
}

export async function PATCH(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, id } = patchBrokerConfigsEndpoint.params.parse(await params);
    return alterBrokerConfigKeys(cluster, id, patchBrokerConfigsEndpoint.body.parse(await readJsonBody(req)));
  });
}
