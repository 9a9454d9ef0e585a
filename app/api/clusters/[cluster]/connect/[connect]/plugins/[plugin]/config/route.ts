import { pluginConfigEndpoint } from '@/lib/api/endpoints/connect';
import { respond } from '@/lib/api/respond';
import { getPluginConfig } from '@/lib/connect/connectors';

type Ctx = { params: Promise<{ cluster: string; connect: string; plugin: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, connect, plugin } = pluginConfigEndpoint.params.parse(await params);
    return getPluginConfig(cluster, connect, plugin);
  });
}
