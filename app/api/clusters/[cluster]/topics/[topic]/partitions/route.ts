import { addPartitionsEndpoint } from '@/lib/api/endpoints/topics';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { addPartitions } from '@/lib/topics/topic-changes';
import { assertTopicChangeable } from '@/lib/topics/changes-allowed';

export const POST = route(addPartitionsEndpoint, async ({ params, body }) => {
  assertWritable(params.cluster);
  await assertTopicChangeable(params.cluster, params.topic, 'grow');
  return addPartitions(params.cluster, params.topic, body.count);
});
