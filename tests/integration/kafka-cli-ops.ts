// Parsers for the output of Kafka's operations tools (kafka-log-dirs, kafka-configs), for cluster-ops tests.

/** `kafka-log-dirs --describe` prints two lines of prose, then one JSON document. */
export function parseLogDirs(out: string): { broker: number; logDir: string; partition: string; size: number }[] {
  const json = out.split('\n').find((l) => l.trim().startsWith('{'));
  if (!json) throw new Error(`kafka-log-dirs printed no JSON: ${out}`);
  const doc = JSON.parse(json) as { brokers: { broker: number; logDirs: { logDir: string; partitions: { partition: string; size: number }[] }[] }[] };
  return doc.brokers.flatMap((b) => b.logDirs.flatMap((d) => d.partitions.map((p) => ({ broker: b.broker, logDir: d.logDir, partition: p.partition, size: p.size }))));
}

/** `kafka-configs --describe` lines "  key=value sensitive=false synonyms={…}", as key → value. */
export function parseConfigsDescribe(out: string): Record<string, string> {
  return Object.fromEntries([...out.matchAll(/^\s+([\w.]+)=(\S*) sensitive=/gm)].map((m) => [m[1]!, m[2]!]));
}
