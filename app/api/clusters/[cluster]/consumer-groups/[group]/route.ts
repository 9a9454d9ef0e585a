import { badRequest } from '@/lib/errors';
import { deleteGroupEndpoint, getGroupEndpoint } from '@/lib/api/endpoints/groups';
import { respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { deleteConsumerGroup, getConsumerGroup } from '@/lib/groups/consumer-groups';

type Params = { params: Promise<{ cluster: string; group: string }> };

export async function GET(_req: Request, { params }: Params) {
  return respond(async () => {
    const { cluster, group } = getGroupEndpoint.params.parse(await params);
    return getConsumerGroup(cluster, group);
  });
}

export async function DELETE(req: Request, { params }: Params) {
  return respond(async () => {
    const { cluster, group } = deleteGroupEndpoint.params.parse(await params);
    assertWritable(cluster);
    const { confirm } = deleteGroupEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams));
    if (confirm !== group) throw badRequest(`Confirm the deletion by repeating the group id "${group}"`);
    return deleteConsumerGroup(cluster, group);
  });
}
