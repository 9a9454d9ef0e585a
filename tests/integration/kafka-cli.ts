// Parsers for what Kafka's CLI tools print, so tests can compare the API with them.

export interface DescribedPartition {
  topic: string;
  partition: number;
  leader: number;
  replicas: number[];
  isr: number[];
}

/** `kafka-topics --describe` lines: "Topic: t  Partition: 0  Leader: 1  Replicas: 1,2  Isr: 1,2 ...". */
export function parseTopicsDescribe(out: string): { topics: Map<string, { partitionCount: number; configs: string }>; partitions: DescribedPartition[] } {
  const topics = new Map<string, { partitionCount: number; configs: string }>();
  const partitions: DescribedPartition[] = [];
  for (const line of out.split('\n')) {
    const head = /^Topic: (\S+)\s+TopicId: \S+\s+PartitionCount: (\d+)\s+ReplicationFactor: \d+\s+Configs: ?(.*)$/.exec(line);
    if (head) {
      topics.set(head[1]!, { partitionCount: Number(head[2]), configs: head[3]!.trim() });
      continue;
    }
    const p = /^\s+Topic: (\S+)\s+Partition: (\d+)\s+Leader: (-?\d+|none)\s+Replicas: ([\d,]*)\s+Isr: ([\d,]*)/.exec(line);
    if (p) {
      const ids = (s: string) => (s ? s.split(',').map(Number) : []);
      partitions.push({ topic: p[1]!, partition: Number(p[2]), leader: p[3] === 'none' ? -1 : Number(p[3]), replicas: ids(p[4]!), isr: ids(p[5]!) });
    }
  }
  return { topics, partitions };
}

/** `kafka-metadata-quorum describe --status`: "Key: value" lines. */
export function parseQuorumStatus(out: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^(\w+):\s+(.*)$/.exec(line);
    if (m) fields[m[1]!] = m[2]!.trim();
  }
  return fields;
}

/** Node ids in a quorum's CurrentVoters/CurrentObservers JSON-ish list. */
export function quorumIds(list: string | undefined): number[] {
  return [...(list ?? '').matchAll(/"id":\s*(\d+)/g)].map((m) => Number(m[1]));
}
