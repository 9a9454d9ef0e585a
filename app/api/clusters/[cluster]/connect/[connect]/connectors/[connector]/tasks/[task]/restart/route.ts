import { restartTaskEndpoint } from '@/lib/api/endpoints/connect';
import { respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { restartTask } from '@/lib/connect/connectors';

type Ctx = { params: Promise<{ cluster: string; connect: string; connector: string; task: string }> };

export async function POST(_req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster, connect, connector, task } = restartTaskEndpoint.params.parse(await params);
    assertWritable(cluster);
    return restartTask(cluster, connect, connector, task);
  });
}
