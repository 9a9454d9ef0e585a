import { updateConnectorConfigEndpoint } from '@/lib/api/endpoints/connect';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { updateConnectorConfig } from '@/lib/connect/connectors';

export const PUT = route(updateConnectorConfigEndpoint, async ({ params: { cluster, connect, connector }, body }) => {
  assertWritable(cluster);
  return updateConnectorConfig(cluster, connect, connector, body.config);
});
