import 'server-only';
// The server's check before a topic is deleted, purged, reconfigured or grown: protected topics refuse
// (lib/topics/protected.ts). The name alone decides for "__" topics; Kafka's internal flag needs metadata.
import { getCluster } from '../config/clusters';
import { findTopic } from './topics';
import { assertTopicChangeAllowed, type TopicChange } from './protected';

export async function assertTopicChangeable(clusterName: string, topicName: string, change: TopicChange): Promise<void> {
  const cluster = getCluster(clusterName);
  assertTopicChangeAllowed(cluster, { name: topicName, internal: false }, change);
  assertTopicChangeAllowed(cluster, await findTopic(clusterName, topicName), change);
}
