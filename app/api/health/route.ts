import { healthEndpoint } from '@/lib/api/endpoints/operations';
import { route } from '@/lib/api/route';
import { getClusters } from '@/lib/config/clusters';

export const GET = route(healthEndpoint, async () => ({
  status: 'serving' as const,
  uptimeSeconds: Math.floor(process.uptime()),
  clusters: getClusters().map(({ name }) => ({ name })),
}));
