import { connectorActionEndpoint } from '@/lib/api/endpoints/connect';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { connectorAction } from '@/lib/connect/connectors';

export const POST = route(connectorActionEndpoint, async ({ params: { cluster, connect, connector }, body }) => {
  assertWritable(cluster);
  return connectorAction(cluster, connect, connector, body);
});
