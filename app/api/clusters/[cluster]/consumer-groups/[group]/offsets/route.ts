import { resetOffsetsEndpoint } from '@/lib/api/endpoints/groups';
import { readJsonBody, respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { resetGroupOffsets } from '@/lib/groups/consumer-groups';

export async function POST(req: Request, { params }: { params: Promise<{ cluster: string; group: string }> }) {
  return respond(async () => {
    const { cluster, group } = resetOffsetsEndpoint.params.parse(await params);
    assertWritable(cluster);
    const body = resetOffsetsEndpoint.body.parse(await readJsonBody(req));
    return resetGroupOffsets(cluster, group, body);
  });
}
