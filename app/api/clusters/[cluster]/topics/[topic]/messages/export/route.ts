import { exportMessagesEndpoint } from '@/lib/api/endpoints/messages';
import { errorResponse } from '@/lib/api/respond';
import { textStreamResponse } from '@/lib/api/sse';
import { assertSomeReadable, scanBounds } from '@/lib/messages/scan';
import { exportContentType } from '@/lib/messages/export';
import { prepareExport } from '@/lib/messages/export-stream';

type Params = { params: Promise<{ cluster: string; topic: string }> };

export async function GET(req: Request, { params }: Params) {
  try {
    const { cluster, topic } = exportMessagesEndpoint.params.parse(await params);
    const query = exportMessagesEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams));
    const exportText = prepareExport(cluster, topic, query);
    // Unknown topic or partition is a 404, an unreadable partition a 503, before the download starts.
    const { unavailable } = await scanBounds(cluster, topic, { partitions: query.partitions, from: 'newest', to: 'newest' });
    assertSomeReadable(topic, 0, unavailable);
    const file = `${topic}.${query.format}`.replace(/[^\w.-]/g, '_');
    return textStreamResponse(req, exportText, {
      'content-type': exportContentType[query.format],
      'content-disposition': `attachment; filename="${file}"`,
    });
  } catch (err) {
    return errorResponse(err);
  }
}
