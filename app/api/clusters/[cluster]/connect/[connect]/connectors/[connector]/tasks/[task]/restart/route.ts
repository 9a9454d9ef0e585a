import { restartTaskEndpoint } from '@/lib/api/endpoints/connect';
import { route } from '@/lib/api/route';
import { assertWritable } from '@/lib/config/clusters';
import { restartTask } from '@/lib/connect/connectors';

export const POST = route(restartTaskEndpoint, async ({ params: { cluster, connect, connector, task } }) => {
  assertWritable(cluster);
  return restartTask(cluster, connect, connector, task);
});
