import 'server-only';
// Watermarks of many partitions at once: one ListOffsets request per leader broker and per kind (earliest,
// latest), instead of kafkajs admin.fetchTopicOffsets's two requests per topic. Uses kafkajs 2.2.4 internals
// (Cluster.findBroker, Broker.listOffsets), covered by the integration tests.
import type { PartitionMetadata, TopicMetadata } from '../cluster/overview';
import type { OffsetsByTopic } from '../topics/list';
import { type RawCluster, withRawCluster } from './client';

interface RawBroker {
  listOffsets(request: {
    replicaId: number;
    isolationLevel: number;
    topics: { topic: string; partitions: { partition: number; timestamp: number }[] }[];
  }): Promise<{ responses: { topic: string; partitions: { partition: number; offset: string }[] }[] }>;
}

type ClusterWithBrokers = RawCluster & { findBroker(args: { nodeId: string }): Promise<RawBroker> };

const LATEST = -1;
const EARLIEST = -2;
const READ_UNCOMMITTED = 0;
/** Partitions per request, so one answer stays a few hundred KB even for 100,000 partitions. */
const PARTITIONS_PER_REQUEST = 5_000;

type Wanted = { topic: string; partition: number }[];

function byLeader(topics: TopicMetadata[]): Map<number, Wanted> {
  const groups = new Map<number, Wanted>();
  for (const t of topics) {
    for (const p of t.partitions as PartitionMetadata[]) {
      if (p.leader < 0) continue;
      const list = groups.get(p.leader) ?? [];
      list.push({ topic: t.name, partition: p.partition });
      groups.set(p.leader, list);
    }
  }
  return groups;
}

async function askBroker(broker: RawBroker, wanted: Wanted, timestamp: number): Promise<Map<string, number>> {
  const topics = new Map<string, { partition: number; timestamp: number }[]>();
  for (const w of wanted) {
    const list = topics.get(w.topic) ?? [];
    list.push({ partition: w.partition, timestamp });
    topics.set(w.topic, list);
  }
  const { responses } = await broker.listOffsets({
    replicaId: -1,
    isolationLevel: READ_UNCOMMITTED,
    topics: [...topics].map(([topic, partitions]) => ({ topic, partitions })),
  });
  const offsets = new Map<string, number>();
  for (const r of responses) for (const p of r.partitions) offsets.set(`${p.partition}:${r.topic}`, Number(p.offset));
  return offsets;
}

const RETRIES = 3;
const RETRY_DELAY_MS = 150;

/**
 * kafkajs fails a whole ListOffsets answer when one partition errs (e.g. NOT_LEADER right after a topic was
 * created or a leader moved). Retry briefly, then split by topic so one such topic cannot blank the others.
 */
async function askResiliently(broker: RawBroker, wanted: Wanted, timestamp: number, attempt = 0): Promise<Map<string, number>> {
  try {
    return await askBroker(broker, wanted, timestamp);
  } catch (err) {
    const topics = [...new Set(wanted.map((w) => w.topic))];
    if (topics.length > 1) {
      const half = new Set(topics.slice(0, Math.ceil(topics.length / 2)));
      const [a, b] = await Promise.all([
        askResiliently(broker, wanted.filter((w) => half.has(w.topic)), timestamp).catch(() => new Map<string, number>()),
        askResiliently(broker, wanted.filter((w) => !half.has(w.topic)), timestamp).catch(() => new Map<string, number>()),
      ]);
      return new Map([...a, ...b]);
    }
    if (attempt + 1 >= RETRIES || !(err as { retriable?: boolean }).retriable) throw err;
    await new Promise((r) => setTimeout(r, RETRY_DELAY_MS * (attempt + 1)));
    return askResiliently(broker, wanted, timestamp, attempt + 1);
  }
}

/** Low and high watermarks of every partition of these topics that has a leader. */
export async function fetchWatermarks(clusterName: string, topics: TopicMetadata[]): Promise<OffsetsByTopic> {
  const groups = byLeader(topics);
  const result: OffsetsByTopic = new Map();
  if (groups.size === 0) return result;
  await withRawCluster(clusterName, async (raw) => {
    const cluster = raw as ClusterWithBrokers;
    const work: Promise<void>[] = [];
    for (const [leader, wanted] of groups) {
      for (let i = 0; i < wanted.length; i += PARTITIONS_PER_REQUEST) {
        const chunk = wanted.slice(i, i + PARTITIONS_PER_REQUEST);
        work.push(
          (async () => {
            const broker = await cluster.findBroker({ nodeId: String(leader) });
            const [low, high] = await Promise.all([askResiliently(broker, chunk, EARLIEST), askResiliently(broker, chunk, LATEST)]);
            for (const { topic, partition } of chunk) {
              const key = `${partition}:${topic}`;
              const l = low.get(key);
              const h = high.get(key);
              if (l === undefined || h === undefined) continue;
              const marks = result.get(topic) ?? new Map();
              marks.set(partition, { low: l, high: h });
              result.set(topic, marks);
            }
          })().catch((err: unknown) => {
            // One slow or restarting broker leaves its partitions' counts unknown (null), not the whole list.
            console.error(`[fluxo] offsets from broker ${leader} of "${clusterName}": ${(err as Error).message}`);
          }),
        );
      }
    }
    await Promise.all(work);
  });
  return result;
}
