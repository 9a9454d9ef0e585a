import { validatePluginConfigEndpoint } from '@/lib/api/endpoints/connect';
import { readJsonBody, respond } from '@/lib/api/respond';
import { validateConfig } from '@/lib/connect/connectors';

type Ctx = { params: Promise<{ cluster: string; connect: string; plugin: string }> };

export async function PUT(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, connect, plugin } = validatePluginConfigEndpoint.params.parse(await params);
    const { config } = validatePluginConfigEndpoint.body.parse(await readJsonBody(req));
    return validateConfig(cluster, connect, plugin, config);
  });
}
