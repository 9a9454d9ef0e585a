// Pure: which topics Fluxo refuses to change. Kafka's own topics (__consumer_offsets holds every group's
// offsets, __transaction_state every transaction) and any "__" topic (Fluxo's __fluxo_* state, share-group
// state, Connect's and Schema Registry's conventions) are the cluster's machinery: deleting one takes
// every consumer group with it. A cluster's config may lift this with allowInternalTopicChanges.
import { forbidden } from '../errors';

export type TopicChange = 'delete' | 'purge' | 'reconfigure' | 'grow' | 'reassign';

const CHANGE_WORDS: Record<TopicChange, string> = {
  delete: 'deleted',
  purge: 'purged',
  reconfigure: 'reconfigured',
  grow: 'given more partitions',
  reassign: 'reassigned',
};

export function isProtectedTopic(name: string, internal: boolean): boolean {
  return internal || name.startsWith('__');
}

export function assertTopicChangeAllowed(
  cluster: { name: string; allowInternalTopicChanges?: boolean },
  topic: { name: string; internal: boolean },
  change: TopicChange,
): void {
  if (cluster.allowInternalTopicChanges || !isProtectedTopic(topic.name, topic.internal)) return;
  const why = topic.internal ? 'Kafka marks it internal' : 'its name starts with "__", the prefix of Kafka\'s and Fluxo\'s own topics';
  throw forbidden(
    `Topic "${topic.name}" is protected and cannot be ${CHANGE_WORDS[change]}: ${why}. ` +
      `Set allowInternalTopicChanges: true on cluster "${cluster.name}" to allow it`,
  );
}
