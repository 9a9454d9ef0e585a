import { searchMessagesEndpoint } from '@/lib/api/endpoints/messages';
import { assertFilterAllowed, messageMasker } from '@/lib/access/masking-policy';
import { route } from '@/lib/api/route';
import { sseResponse } from '@/lib/api/sse';
import { scanBounds } from '@/lib/messages/scan';
import { prepareSearch } from '@/lib/messages/search';

export const GET = route(searchMessagesEndpoint, async ({ params: { cluster, topic }, query, request }) => {
  assertFilterAllowed(cluster, topic, query.filter);
  const search = prepareSearch(cluster, topic, query, messageMasker(cluster, topic));
  // Unknown topic or partition is a 404 before the stream starts.
  await scanBounds(cluster, topic, { partitions: query.partitions, from: 'newest', to: 'newest' });
  return sseResponse(request, search);
});
