import { alterOffsetsEndpoint, getOffsetsEndpoint, resetOffsetsEndpoint } from '@/lib/api/endpoints/connect';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { alterOffsets, getOffsets, resetOffsets } from '@/lib/connect/connectors';
import { badRequest } from '@/lib/errors';

export const GET = route(getOffsetsEndpoint, ({ params }) => getOffsets(params.cluster, params.connect, params.connector));

export const PATCH = route(alterOffsetsEndpoint, async ({ params: { cluster, connect, connector }, body }) => {
  assertWritable(cluster);
  return alterOffsets(cluster, connect, connector, body);
});

export const DELETE = route(resetOffsetsEndpoint, async ({ params: { cluster, connect, connector }, query: { confirm } }) => {
  assertWritable(cluster);
  if (confirm !== connector) throw badRequest(`Confirm the reset by repeating the connector name "${connector}"`);
  return resetOffsets(cluster, connect, connector);
});
