import { browseMessagesEndpoint, produceMessageEndpoint } from '@/lib/api/endpoints/messages';
import { readJsonBody, respond } from '@/lib/api/respond';
import { assertWritable } from '@/lib/config/clusters';
import { browseMessages } from '@/lib/messages/browse';
import { produceMessage } from '@/lib/kafka/producer';

type Params = { params: Promise<{ cluster: string; topic: string }> };

export async function GET(req: Request, { params }: Params) {
  return respond(async () => {
    const { cluster, topic } = browseMessagesEndpoint.params.parse(await params);
    const query = browseMessagesEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams));
    return browseMessages(cluster, topic, query);
  });
}

export async function POST(req: Request, { params }: Params) {
  return respond(
    async () => {
      const { cluster, topic } = produceMessageEndpoint.params.parse(await params);
      assertWritable(cluster);
      const body = produceMessageEndpoint.body.parse(await readJsonBody(req));
      return produceMessage(cluster, topic, body);
    },
    { status: 201 },
  );
}
