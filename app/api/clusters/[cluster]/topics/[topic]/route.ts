import { deleteTopicEndpoint, getTopicEndpoint } from '@/lib/api/endpoints/topics';
import { respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { deleteTopic } from '@/lib/topics/topic-changes';
import { getTopic } from '@/lib/topics/topics';

type Ctx = { params: Promise<{ cluster: string; topic: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, topic } = getTopicEndpoint.params.parse(await params);
    return getTopic(cluster, topic);
  });
}

export async function DELETE(_req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, topic } = deleteTopicEndpoint.params.parse(await params);
    assertWritable(cluster);
    return deleteTopic(cluster, topic);
  });
}
