import { browseMessagesEndpoint, produceMessageEndpoint } from '@/lib/api/endpoints/messages';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { browseMessages } from '@/lib/kafka/messages';
import { produceMessage } from '@/lib/kafka/producer';

export const GET = route(browseMessagesEndpoint, ({ params, query }) => browseMessages(params.cluster, params.topic, query));

export const POST = route(produceMessageEndpoint, async ({ params, body }) => {
  assertWritable(params.cluster);
  return produceMessage(params.cluster, params.topic, body);
});
