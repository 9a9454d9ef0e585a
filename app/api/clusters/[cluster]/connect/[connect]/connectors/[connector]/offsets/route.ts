import { badRequest } from '@/lib/errors';
import { alterOffsetsEndpoint, getOffsetsEndpoint, resetOffsetsEndpoint } from '@/lib/api/endpoints/connect';
import { readJsonBody, respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { alterOffsets, getOffsets, resetOffsets } from '@/lib/connect/connectors';

type Ctx = { params: Promise<{ cluster: string; connect: string; connector: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, connect, connector } = getOffsetsEndpoint.params.parse(await params);
    return getOffsets(cluster, connect, connector);
  });
}

export async function PATCH(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, connect, connector } = alterOffsetsEndpoint.params.parse(await params);
    assertWritable(cluster);
    return alterOffsets(cluster, connect, connector, alterOffsetsEndpoint.body.parse(await readJsonBody(req)));
  });
}

export async function DELETE(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, connect, connector } = resetOffsetsEndpoint.params.parse(await params);
    assertWritable(cluster);
    const { confirm } = resetOffsetsEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams));
    if (confirm !== connector) throw badRequest(`Confirm the reset by repeating the connector name "${connector}"`);
    return resetOffsets(cluster, connect, connector);
  });
}
