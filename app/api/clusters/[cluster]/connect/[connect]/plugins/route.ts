import { listPluginsEndpoint } from '@/lib/api/endpoints/connect';
import { route } from '@/lib/api/route';
import { listPlugins } from '@/lib/connect/connectors';

export const GET = route(listPluginsEndpoint, ({ params }) => listPlugins(params.cluster, params.connect));
