import { addPartitionsEndpoint } from '@/lib/api/endpoints/topics';
import { readJsonBody, respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { addPartitions } from '@/lib/topics/topic-changes';

export async function POST(req: Request, { params }: { params: Promise<{ cluster: string; topic: string }> }) {
  return respond(async () => {
    const { cluster, topic } = addPartitionsEndpoint.params.parse(await params);
    assertWritable(cluster);
    return addPartitions(cluster, topic, addPartitionsEndpoint.body.parse(await readJsonBody(req)).count);
  });
}
