import { metricsEndpoint } from '@/lib/api/endpoints/messages';
import { route } from '@/lib/api/route';
import { metricsText } from '@/lib/metrics';

export const GET = route(
  metricsEndpoint,
  async () => new Response(metricsText(), { headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' } }),
);
