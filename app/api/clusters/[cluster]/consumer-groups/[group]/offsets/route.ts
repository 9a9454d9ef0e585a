import { resetOffsetsEndpoint } from '@/lib/api/endpoints/groups';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { resetGroupOffsets } from '@/lib/groups/consumer-groups';

export const POST = route(resetOffsetsEndpoint, async ({ params, body }) => {
  assertWritable(params.cluster);
  return resetGroupOffsets(params.cluster, params.group, body);
});
