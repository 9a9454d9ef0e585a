import { updateConnectorConfigEndpoint } from '@/lib/api/endpoints/connect';
import { readJsonBody, respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { updateConnectorConfig } from '@/lib/connect/connectors';

type Ctx = { params: Promise<{ cluster: string; connect: string; connector: string }> };

export async function PUT(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, connect, connector } = updateConnectorConfigEndpoint.params.parse(await params);
    assertWritable(cluster);
    const { config } = updateConnectorConfigEndpoint.body.parse(await readJsonBody(req));
    return updateConnectorConfig(cluster, connect, connector, config);
  });
}
