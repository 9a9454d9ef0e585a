import { groupMetricsEndpoint } from '@/lib/api/endpoints/groups';
import { route } from '@/lib/api/route';
import { consumerGroupMetrics } from '@/lib/groups/consumer-groups';

/** Prometheus text, not JSON: errors keep the API's JSON shape (a scrape then fails visibly). */
export const GET = route(groupMetricsEndpoint, async ({ params }) =>
  new Response(await consumerGroupMetrics(params.cluster), {
    headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' },
  }));
