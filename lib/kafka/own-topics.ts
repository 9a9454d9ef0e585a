import 'server-only';
// Fluxo's own topics (audit log, access state): made on first use with the settings they need, as Kafka
// Connect makes its internal topics. Two replicas may race to make one; the topic existing is what we wanted.
import { withAdmin } from './client';

export interface OwnTopicSpec {
  name: string;
  partitions: number;
  configs: Record<string, string>;
}

const ensured = new Map<string, Promise<void>>();

export function ensureOwnTopic(clusterName: string, spec: OwnTopicSpec): Promise<void> {
  const key = `${clusterName}\u0000${spec.name}`;
  let pending = ensured.get(key);
  if (!pending) {
    pending = withAdmin(clusterName, async (admin) => {
      const existing = await admin.listTopics();
      if (existing.includes(spec.name)) return;
      const { brokers } = await admin.describeCluster();
      try {
        await admin.createTopics({
          waitForLeaders: true,
          topics: [{
            topic: spec.name,
            numPartitions: spec.partitions,
            replicationFactor: Math.min(3, brokers.length),
            configEntries: Object.entries(spec.configs).map(([name, value]) => ({ name, value })),
          }],
        });
      } catch (err) {
        if ((err as { type?: string }).type !== 'TOPIC_ALREADY_EXISTS') throw err;
      }
    });
    ensured.set(key, pending);
    pending.catch(() => ensured.delete(key));
  }
  return pending;
}
