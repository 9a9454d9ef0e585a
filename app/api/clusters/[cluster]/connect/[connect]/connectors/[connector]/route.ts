import { badRequest } from '@/lib/errors';
import { deleteConnectorEndpoint, getConnectorEndpoint } from '@/lib/api/endpoints/connect';
import { respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { deleteConnector, getConnector } from '@/lib/connect/connectors';

type Ctx = { params: Promise<{ cluster: string; connect: string; connector: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, connect, connector } = getConnectorEndpoint.params.parse(await params);
    return getConnector(cluster, connect, connector);
  });
}

export async function DELETE(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, connect, connector } = deleteConnectorEndpoint.params.parse(await params);
    assertWritable(cluster);
    const { confirm } = deleteConnectorEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams));
    if (confirm !== connector) throw badRequest(`Confirm the deletion by repeating the connector name "${connector}"`);
    return deleteConnector(cluster, connect, connector);
  });
}
