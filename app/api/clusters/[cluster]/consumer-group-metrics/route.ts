import { groupMetricsEndpoint } from '@/lib/api/endpoints/groups';
import { errorResponse } from '@/lib/api/respond';
import { consumerGroupMetrics } from '@/lib/groups/consumer-groups';

/** Prometheus text, not JSON: errors keep the API's JSON shape (a scrape then fails visibly). */
export async function GET(_req: Request, { params }: { params: Promise<{ cluster: string }> }) {
  try {
    const { cluster } = groupMetricsEndpoint.params.parse(await params);
    return new Response(await consumerGroupMetrics(cluster), {
      headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
