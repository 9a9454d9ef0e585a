import { getTopicConfigsEndpoint, patchTopicConfigsEndpoint } from '@/lib/api/endpoints/topics';
import { readJsonBody, respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { alterTopicConfigs } from '@/lib/topics/topic-changes';
import { getTopicConfigs } from '@/lib/topics/topics';

type Ctx = { params: Promise<{ cluster: string; topic: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, topic } = getTopicConfigsEndpoint.params.parse(await params);
    return getTopicConfigs(cluster, topic);
  });
}

export async function PATCH(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, topic } = patchTopicConfigsEndpoint.params.parse(await params);
    assertWritable(cluster);
    return alterTopicConfigs(cluster, topic, patchTopicConfigsEndpoint.body.parse(await readJsonBody(req)));
  });
}
