// Consumer-group lag in Prometheus' text format, named after kminion's metrics
// (kminion_kafka_consumer_group_topic_partition_lag, …) with a fluxo_ prefix, so alerts written for one read
// like the other. Every series carries the cluster; verdicts are one series per group with value 1. Pure.
import type { Verdict } from './verdict';

export interface GroupMetricsInput {
  groupId: string;
  type: string;
  state: string;
  members: number;
  totalLag: number;
  /** Estimate of the oldest unread message's age; null when unknown (the series is left out). */
  maxLagSeconds: number | null;
  status: Verdict;
  partitions: { topic: string; partition: number; committedOffset: number | null; lag: number }[];
}

const HELP: [name: string, type: 'gauge', help: string][] = [
  ['fluxo_consumer_group_info', 'gauge', 'One series per group with its type (classic, consumer, share, streams) and state; value 1.'],
  ['fluxo_consumer_group_members', 'gauge', 'Active members of the group.'],
  ['fluxo_consumer_group_lag', 'gauge', 'Sum of the lag of all partitions of the group, in messages.'],
  ['fluxo_consumer_group_lag_seconds', 'gauge', 'Estimate of the age of the oldest unread message of the group, in seconds, from the lag history.'],
  ['fluxo_consumer_group_status', 'gauge', 'The lag verdict of the group (OK, WARN, STALL, STOP, ERR); value 1.'],
  ['fluxo_consumer_group_topic_partition_lag', 'gauge', 'Lag of one partition: log end offset minus committed offset (the whole retained partition when nothing is committed), in messages.'],
  ['fluxo_consumer_group_topic_partition_committed_offset', 'gauge', 'Committed offset of one partition; absent when nothing is committed.'],
];

/** Label values escaped as the text format requires: backslash, double quote and newline. */
const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labels = (l: Record<string, string | number>) => `{${Object.entries(l).map(([k, v]) => `${k}="${escape(String(v))}"`).join(',')}}`;

export function formatLagMetrics(cluster: string, groups: GroupMetricsInput[], samplerLeaseHeld: boolean): string {
  const series = new Map<string, string[]>(HELP.map(([name]) => [name, []]));
  const add = (name: string, l: Record<string, string | number>, value: number) => series.get(name)!.push(`${name}${labels(l)} ${value}`);
  for (const g of groups) {
    const base = { cluster, group: g.groupId };
    add('fluxo_consumer_group_info', { ...base, type: g.type, state: g.state }, 1);
    add('fluxo_consumer_group_members', base, g.members);
    add('fluxo_consumer_group_lag', base, g.totalLag);
    if (g.maxLagSeconds !== null) add('fluxo_consumer_group_lag_seconds', base, g.maxLagSeconds);
    add('fluxo_consumer_group_status', { ...base, status: g.status }, 1);
    for (const p of g.partitions) {
      const l = { ...base, topic: p.topic, partition: p.partition };
      add('fluxo_consumer_group_topic_partition_lag', l, p.lag);
      if (p.committedOffset !== null) add('fluxo_consumer_group_topic_partition_committed_offset', l, p.committedOffset);
    }
  }
  const lines: string[] = [];
  for (const [name, type, help] of HELP) lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...series.get(name)!);
  lines.push(
    '# HELP fluxo_lag_sampler_lease_held 1 when this console replica holds the lag sampler lease of the cluster and writes its lag history.',
    '# TYPE fluxo_lag_sampler_lease_held gauge',
    `fluxo_lag_sampler_lease_held${labels({ cluster })} ${samplerLeaseHeld ? 1 : 0}`,
    '',
  );
  return lines.join('\n');
}
