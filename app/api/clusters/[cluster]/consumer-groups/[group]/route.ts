import { badRequest } from '@/lib/errors';
import { deleteGroupEndpoint, getGroupEndpoint } from '@/lib/api/endpoints/groups';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { deleteConsumerGroup, getConsumerGroup } from '@/lib/groups/consumer-groups';

export const GET = route(getGroupEndpoint, ({ params }) => getConsumerGroup(params.cluster, params.group));

export const DELETE = route(deleteGroupEndpoint, async ({ params: { cluster, group }, query: { confirm } }) => {
  assertWritable(cluster);
  if (confirm !== group) throw badRequest(`Confirm the deletion by repeating the group id "${group}"`);
  return deleteConsumerGroup(cluster, group);
});
