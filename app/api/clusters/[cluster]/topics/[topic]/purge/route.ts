import { purgeTopicEndpoint } from '@/lib/api/endpoints/topics';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { purgeTopic } from '@/lib/topics/topic-changes';
import { assertTopicChangeable } from '@/lib/topics/changes-allowed';

export const POST = route(purgeTopicEndpoint, async ({ params, body }) => {
  assertWritable(params.cluster);
  await assertTopicChangeable(params.cluster, params.topic, 'purge');
  return purgeTopic(params.cluster, params.topic, body);
});
