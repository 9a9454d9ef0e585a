import { searchMessagesEndpoint } from '@/lib/api/endpoints/messages';
import { errorResponse } from '@/lib/api/respond';
import { sseResponse } from '@/lib/api/sse';
import { scanBounds } from '@/lib/messages/scan';
import { prepareSearch } from '@/lib/messages/search';

type Params = { params: Promise<{ cluster: string; topic: string }> };

export async function GET(req: Request, { params }: Params) {
  try {
    const { cluster, topic } = searchMessagesEndpoint.params.parse(await params);
    const query = searchMessagesEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams));
    const search = prepareSearch(cluster, topic, query);
    // Unknown topic or partition is a 404 before the stream starts.
    await scanBounds(cluster, topic, { partitions: query.partitions, from: 'newest', to: 'newest' });
    return sseResponse(req, search);
  } catch (err) {
    return errorResponse(err);
  }
}
