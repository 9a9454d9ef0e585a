import { messageMasker } from '@/lib/access/masking-policy';
import { tailMessagesEndpoint } from '@/lib/api/endpoints/messages';
import { route } from '@/lib/api/route';
import { sseResponse } from '@/lib/api/sse';
import { tailMessages } from '@/lib/messages/scan';
import { topicPartitions } from '@/lib/kafka/partition-io';
import { parsePartitionList } from '@/lib/messages/paging';

export const GET = route(tailMessagesEndpoint, async ({ params: { cluster, topic }, query: { partitions }, request }) => {
  await topicPartitions(cluster, topic, parsePartitionList(partitions));
  const mask = messageMasker(cluster, topic);
  return sseResponse(request, async function* (signal) {
    for await (const item of tailMessages(cluster, topic, partitions, signal)) {
      if ('ready' in item) yield { event: 'ready', data: { offsets: item.ready, unavailablePartitions: item.unavailablePartitions } };
      else yield item.messages.map((message) => ({ event: 'message', data: mask(message) }));
    }
  });
});
