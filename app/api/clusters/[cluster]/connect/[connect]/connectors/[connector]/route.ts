import { deleteConnectorEndpoint, getConnectorEndpoint } from '@/lib/api/endpoints/connect';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { deleteConnector, getConnector } from '@/lib/connect/connectors';
import { badRequest } from '@/lib/errors';

export const GET = route(getConnectorEndpoint, ({ params }) => getConnector(params.cluster, params.connect, params.connector));

export const DELETE = route(deleteConnectorEndpoint, async ({ params: { cluster, connect, connector }, query: { confirm } }) => {
  assertWritable(cluster);
  if (confirm !== connector) throw badRequest(`Confirm the deletion by repeating the connector name "${connector}"`);
  return deleteConnector(cluster, connect, connector);
});
