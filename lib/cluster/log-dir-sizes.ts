import 'server-only';
// Sizes on disk from every broker's DescribeLogDirs answer.
import type { ClusterSizes, TopicSizes } from '../api/schemas/sizes';
import { getCluster } from '../config/clusters';
import { notFound } from '../errors';
import { describeLogDirs } from '../kafka/log-dirs';
import { findTopicMetadata, getClusterMetadata } from '../kafka/metadata';
import { summarizeClusterSizes, summarizeTopicSizes } from './sizes';

export async function getClusterSizes(clusterName: string): Promise<ClusterSizes> {
  getCluster(clusterName);
  const md = await getClusterMetadata(clusterName);
  return summarizeClusterSizes(await describeLogDirs(clusterName, md.brokers.map((b) => b.id), null));
}

export async function getTopicSizes(clusterName: string, topicName: string): Promise<TopicSizes> {
  getCluster(clusterName);
  const topic = await findTopicMetadata(clusterName, topicName);
  if (!topic) throw notFound(`Topic "${topicName}" does not exist in cluster "${clusterName}"`);
  const partitions = topic.partitions.map((p) => p.partition);
  // Only the brokers holding a replica are asked; a replica on a dead broker shows as missing.
  const holders = [...new Set(topic.partitions.flatMap((p) => p.replicas))].sort((a, b) => a - b);
  const reports = await describeLogDirs(clusterName, holders, [{ topic: topicName, partitions }]);
  return summarizeTopicSizes(topicName, partitions, reports);
}
