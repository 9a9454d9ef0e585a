import { createTopicEndpoint, listTopicsEndpoint } from '@/lib/api/endpoints/topics';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { createTopic } from '@/lib/topics/topic-changes';
import { listTopics } from '@/lib/topics/topics';

export const GET = route(listTopicsEndpoint, ({ params, query }) => listTopics(params.cluster, query));

export const POST = route(createTopicEndpoint, async ({ params, body }) => {
  assertWritable(params.cluster);
  return createTopic(params.cluster, body);
});
