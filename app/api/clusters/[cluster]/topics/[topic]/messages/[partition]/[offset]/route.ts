import { getMessageEndpoint } from '@/lib/api/endpoints/messages';
import { respond } from '@/lib/api/respond';
import { getMessage } from '@/lib/messages/browse';

type Params = { params: Promise<{ cluster: string; topic: string; partition: string; offset: string }> };

export async function GET(_req: Request, { params }: Params) {
  return respond(async () => {
    const { cluster, topic, partition, offset } = getMessageEndpoint.params.parse(await params);
    return getMessage(cluster, topic, partition, offset);
  });
}
