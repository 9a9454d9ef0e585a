import { getTopicConfigsEndpoint, patchTopicConfigsEndpoint } from '@/lib/api/endpoints/topics';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { alterTopicConfigs } from '@/lib/topics/topic-changes';
import { getTopicConfigs } from '@/lib/topics/topics';
import { assertTopicChangeable } from '@/lib/topics/changes-allowed';

export const GET = route(getTopicConfigsEndpoint, ({ params }) => getTopicConfigs(params.cluster, params.topic));

export const PATCH = route(patchTopicConfigsEndpoint, async ({ params, body }) => {
  assertWritable(params.cluster);
  await assertTopicChangeable(params.cluster, params.topic, 'reconfigure');
  return alterTopicConfigs(params.cluster, params.topic, body);
});
