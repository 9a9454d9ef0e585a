import { tailMessagesEndpoint } from '@/lib/api/endpoints/messages';
import { errorResponse } from '@/lib/api/respond';
import { sseResponse } from '@/lib/api/sse';
import { tailMessages } from '@/lib/messages/scan';
import { topicPartitions } from '@/lib/kafka/partition-io';
import { parsePartitionList } from '@/lib/messages/paging';

type Params = { params: Promise<{ cluster: string; topic: string }> };

export async function GET(req: Request, { params }: Params) {
  try {
    const { cluster, topic } = tailMessagesEndpoint.params.parse(await params);
    const { partitions } = tailMessagesEndpoint.query.parse(Object.fromEntries(new URL(req.url).searchParams));
    await topicPartitions(cluster, topic, parsePartitionList(partitions));
    return sseResponse(req, async function* (signal) {
      for await (const item of tailMessages(cluster, topic, partitions, signal)) {
        if ('ready' in item) yield { event: 'ready', data: { offsets: item.ready, unavailablePartitions: item.unavailablePartitions } };
        else for (const data of item.messages) yield { event: 'message', data };
      }
    });
  } catch (err) {
    return errorResponse(err);
  }
}
