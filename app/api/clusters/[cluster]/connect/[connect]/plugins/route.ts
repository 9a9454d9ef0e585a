import { listPluginsEndpoint } from '@/lib/api/endpoints/connect';
import { respond } from '@/lib/api/respond';
import { listPlugins } from '@/lib/connect/connectors';

export async function GET(_req: Request, { params }: { params: Promise<{ cluster: string; connect: string }> }) {
  return respond(async () => {
    const { cluster, connect } = listPluginsEndpoint.params.parse(await params);
    return listPlugins(cluster, connect);
  });
}
