import { purgeTopicEndpoint } from '@/lib/api/endpoints/topics';
import { readJsonBody, respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { purgeTopic } from '@/lib/topics/topic-changes';

export async function POST(req: Request, { params }: { params: Promise<{ cluster: string; topic: string }> }) {
  return respond(async () => {
    const { cluster, topic } = purgeTopicEndpoint.params.parse(await params);
    assertWritable(cluster);
    return purgeTopic(cluster, topic, purgeTopicEndpoint.body.parse(await readJsonBody(req)));
  });
}
