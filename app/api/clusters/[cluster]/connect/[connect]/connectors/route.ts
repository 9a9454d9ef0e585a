import { createConnectorEndpoint, listConnectorsEndpoint } from '@/lib/api/endpoints/connect';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { createConnector, listConnectors } from '@/lib/connect/connectors';

export const GET = route(listConnectorsEndpoint, ({ params }) => listConnectors(params.cluster, params.connect));

export const POST = route(createConnectorEndpoint, async ({ params: { cluster, connect }, body: { name, config } }) => {
  assertWritable(cluster);
  return createConnector(cluster, connect, name, config);
});
