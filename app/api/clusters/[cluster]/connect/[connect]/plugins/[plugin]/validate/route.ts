import { validatePluginConfigEndpoint } from '@/lib/api/endpoints/connect';
import { route } from '@/lib/api/route';
import { validateConfig } from '@/lib/connect/connectors';

export const PUT = route(validatePluginConfigEndpoint, ({ params: { cluster, connect, plugin }, body }) => validateConfig(cluster, connect, plugin, body.config));
