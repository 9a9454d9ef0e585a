import { createConnectorEndpoint, listConnectorsEndpoint } from '@/lib/api/endpoints/connect';
import { readJsonBody, respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { createConnector, listConnectors } from '@/lib/connect/connectors';

type Ctx = { params: Promise<{ cluster: string; connect: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, connect } = listConnectorsEndpoint.params.parse(await params);
    return listConnectors(cluster, connect);
  });
}

export async function POST(req: Request, { params }: Ctx) {
  return respond(
    async () => {
      const { cluster, connect } = createConnectorEndpoint.params.parse(await params);
      assertWritable(cluster);
      const { name, config } = createConnectorEndpoint.body.parse(await readJsonBody(req));
      return createConnector(cluster, connect, name, config);
    },
    { status: 201 },
  );
}
