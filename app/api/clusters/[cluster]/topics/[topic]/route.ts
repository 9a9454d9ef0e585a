import { deleteTopicEndpoint, getTopicEndpoint } from '@/lib/api/endpoints/topics';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { badRequest } from '@/lib/errors';
import { deleteTopic } from '@/lib/topics/topic-changes';
import { getTopic } from '@/lib/topics/topics';
import { assertTopicChangeable } from '@/lib/topics/changes-allowed';

export const GET = route(getTopicEndpoint, ({ params }) => getTopic(params.cluster, params.topic));

export const DELETE = route(deleteTopicEndpoint, async ({ params: { cluster, topic }, query: { confirm } }) => {
  assertWritable(cluster);
  if (confirm !== topic) throw badRequest(`Confirm the deletion by repeating the topic name "${topic}"`);
  await assertTopicChangeable(cluster, topic, 'delete');
  return deleteTopic(cluster, topic);
});
