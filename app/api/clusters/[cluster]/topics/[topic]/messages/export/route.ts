import { exportMessagesEndpoint } from '@/lib/api/endpoints/messages';
import { assertFilterAllowed, messageMasker } from '@/lib/access/masking-policy';
import { route } from '@/lib/api/route';
import { textStreamResponse } from '@/lib/api/sse';
import { assertSomeReadable, scanBounds } from '@/lib/messages/scan';
import { exportContentType } from '@/lib/messages/export';
import { prepareExport } from '@/lib/messages/export-stream';

export const GET = route(exportMessagesEndpoint, async ({ params: { cluster, topic }, query, request }) => {
  assertFilterAllowed(cluster, topic, query.filter);
  const exportText = prepareExport(cluster, topic, query, messageMasker(cluster, topic));
  // Unknown topic or partition is a 404, an unreadable partition a 503, before the download starts.
  const { unavailable } = await scanBounds(cluster, topic, { partitions: query.partitions, from: 'newest', to: 'newest' });
  assertSomeReadable(topic, 0, unavailable);
  const file = `${topic}.${query.format}`.replace(/[^\w.-]/g, '_');
  return textStreamResponse(request, exportText, {
    'content-type': exportContentType[query.format],
    'content-disposition': `attachment; filename="${file}"`,
  });
});
