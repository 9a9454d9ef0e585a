import { connectorActionEndpoint } from '@/lib/api/endpoints/connect';
import { readJsonBody, respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { connectorAction } from '@/lib/connect/connectors';

type Ctx = { params: Promise<{ cluster: string; connect: string; connector: string }> };

export async function POST(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, connect, connector } = connectorActionEndpoint.params.parse(await params);
    assertWritable(cluster);
    return connectorAction(cluster, connect, connector, connectorActionEndpoint.body.parse(await readJsonBody(req)));
  });
}
