import { messageMasker } from '@/lib/access/masking-policy';
import { browseMessagesEndpoint, produceMessageEndpoint } from '@/lib/api/endpoints/messages';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { browseMessages } from '@/lib/messages/browse';
import { produceMessage } from '@/lib/messages/produce';

export const GET = route(browseMessagesEndpoint, async ({ params, query }) => {
  const mask = messageMasker(params.cluster, params.topic);
  const page = await browseMessages(params.cluster, params.topic, query);
  return { ...page, messages: page.messages.map(mask) };
});

export const POST = route(produceMessageEndpoint, async ({ params, body }) => {
  assertWritable(params.cluster);
  return produceMessage(params.cluster, params.topic, body);
});
