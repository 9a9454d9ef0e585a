import { pluginConfigEndpoint } from '@/lib/api/endpoints/connect';
import { route } from '@/lib/api/route';
import { getPluginConfig } from '@/lib/connect/connectors';

export const GET = route(pluginConfigEndpoint, ({ params }) => getPluginConfig(params.cluster, params.connect, params.plugin));
