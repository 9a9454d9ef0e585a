// Pure: DescribeLogDirs answers of every broker summed per broker, log dir, topic and partition.
import type { ClusterSizes, TopicSizes } from '../api/schemas/sizes';

export interface LogDirReport {
  brokerId: number;
  error: string | null;
  logDirs: {
    path: string;
    error: string | null;
    totalBytes: number | null;
    usableBytes: number | null;
    replicas: { topic: string; partition: number; sizeBytes: number; offsetLag: number; isFuture: boolean }[];
  }[];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function summarizeClusterSizes(reports: LogDirReport[]): ClusterSizes {
  const byTopic = new Map<string, number>();
  let complete = true;
  const brokers = reports.map((b) => {
    if (b.error) complete = false;
    const logDirs = b.logDirs.map((d) => {
      if (d.error) complete = false;
      for (const r of d.replicas) byTopic.set(r.topic, (byTopic.get(r.topic) ?? 0) + r.sizeBytes);
      return {
        path: d.path,
        error: d.error,
        sizeBytes: sum(d.replicas.map((r) => r.sizeBytes)),
        replicas: d.replicas.length,
        totalBytes: d.totalBytes,
        usableBytes: d.usableBytes,
      };
    });
    return { brokerId: b.brokerId, error: b.error, sizeBytes: b.error ? null : sum(logDirs.map((d) => d.sizeBytes)), logDirs };
  });
  const topics = [...byTopic].map(([topic, sizeBytes]) => ({ topic, sizeBytes }));
  topics.sort((a, b) => b.sizeBytes - a.sizeBytes || a.topic.localeCompare(b.topic));
  return { sizeBytes: sum(brokers.map((b) => b.sizeBytes ?? 0)), complete, brokers, topics };
}

/** One topic's replicas by partition; partitions no answering broker holds show with no replicas. */
export function summarizeTopicSizes(topic: string, partitionIds: number[], reports: LogDirReport[]): TopicSizes {
  const partitions = new Map(partitionIds.map((p) => [p, [] as TopicSizes['partitions'][number]['replicas']]));
  for (const b of reports) {
    for (const d of b.logDirs) {
      for (const r of d.replicas) {
        if (r.topic !== topic) continue;
        const list = partitions.get(r.partition) ?? [];
        list.push({ brokerId: b.brokerId, logDir: d.path, sizeBytes: r.sizeBytes, offsetLag: r.offsetLag, isFuture: r.isFuture });
        partitions.set(r.partition, list);
      }
    }
  }
  const rows = [...partitions]
    .sort(([a], [b]) => a - b)
    .map(([partition, replicas]) => ({
      partition,
      sizeBytes: sum(replicas.map((r) => r.sizeBytes)),
      replicas: replicas.sort((a, b) => a.brokerId - b.brokerId),
    }));
  const missingBrokers = reports.filter((b) => b.error || b.logDirs.some((d) => d.error)).map((b) => b.brokerId);
  return { topic, sizeBytes: sum(rows.map((r) => r.sizeBytes)), complete: missingBrokers.length === 0, missingBrokers, partitions: rows };
}
