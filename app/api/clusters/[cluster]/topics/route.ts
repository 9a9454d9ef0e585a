import { createTopicEndpoint, listTopicsEndpoint } from '@/lib/api/endpoints/topics';
import { readJsonBody, respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { createTopic } from '@/lib/topics/topic-changes';
import { listTopics } from '@/lib/topics/topics';

type Ctx = { params: Promise<{ cluster: string }> };

export async function GET(req: Request, { params }: Ctx) {
  return respond(async () => {
    const { cluster } = listTopicsEndpoint.params.parse(await params);
    const query = listTopicsEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams));
    return listTopics(cluster, query);
  });
}

export async function POST(req: Request, { params }: Ctx) {
  return respond(
    async () => {
      const { cluster } = createTopicEndpoint.params.parse(await params);
      assertWritable(cluster);
      return createTopic(cluster, createTopicEndpoint.body.parse(await readJsonBody(req)));
    },
    { status: createTopicEndpoint.status },
  );
}
