// Watermarks as Kafka's own kafka-get-offsets reports them ("topic:partition:offset" lines).
import { kafkaTool } from './env';

export function getOffsets(bootstrap: string, topic: string, time: 'earliest' | 'latest'): Map<number, number> {
  const out = kafkaTool('kafka-get-offsets', ['--bootstrap-server', bootstrap, '--topic', topic, '--time', time === 'earliest' ? '-2' : '-1']);
  const offsets = new Map<number, number>();
  for (const line of out.trim().split('\n')) {
    const m = /:(\d+):(\d+)$/.exec(line.trim());
    if (m) offsets.set(Number(m[1]), Number(m[2]));
  }
  return offsets;
}

/** Messages per partition: latest minus earliest. */
export function countsPerPartition(bootstrap: string, topic: string): Map<number, number> {
  const low = getOffsets(bootstrap, topic, 'earliest');
  const high = getOffsets(bootstrap, topic, 'latest');
  return new Map([...high].map(([p, h]) => [p, h - (low.get(p) ?? 0)]));
}
