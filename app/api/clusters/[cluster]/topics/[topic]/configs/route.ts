import { getTopicConfigsEndpoint, patchTopicConfigsEndpoint } from '@/lib/api/endpoints/topics';
import { route } from '@/lib/api/route';
import { alterTopicConfigKeys, getTopicConfigDetails } from '@/lib/cluster/configs';
import { assertWritable } from '@/lib/config/clusters';
import { assertTopicChangeable } from '@/lib/topics/changes-allowed';

export const GET = route(getTopicConfigsEndpoint, ({ params }) => getTopicConfigDetails(params.cluster, params.topic));

export const PATCH = route(patchTopicConfigsEndpoint, async ({ params, body }) => {
  assertWritable(params.cluster);
  await assertTopicChangeable(params.cluster, params.topic, 'reconfigure');
  return alterTopicConfigKeys(params.cluster, params.topic, body);
});
