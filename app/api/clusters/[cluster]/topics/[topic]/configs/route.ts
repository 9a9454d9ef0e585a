import { getTopicConfigsEndpoint, patchTopicConfigsEndpoint } from '@/lib/api/endpoints/topics';
import { readJsonBody, respond } from '@/lib/api/respond';
import { alterTopicConfigKeys, getTopicConfigDetails } from '@/lib/cluster/configs';

type Ctx = { params: Promise<{ cluster: string; topic: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, topic } = getTopicConfigsEndpoint.params.parse(await params);
    return getTopicConfigDetails(cluster, topic);
  });
}

export async function PATCH(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, topic } = patchTopicConfigsEndpoint.params.parse(await params);
    return alterTopicConfigKeys(cluster, topic, patchTopicConfigsEndpoint.body.parse(await readJsonBody(req)));
  });
}
