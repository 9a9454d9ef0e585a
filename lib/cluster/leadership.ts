// Pure: how evenly partition leadership is spread, and which partitions a preferred-leader election would
// move (those whose leader is not their first replica while that replica is in sync).
import type { TopicMetadata } from './overview';

export interface BrokerLeadership {
  brokerId: number;
  leaders: number;
  /** Partitions whose preferred (first) replica is this broker. */
  preferred: number;
}

export interface Leadership {
  brokers: BrokerLeadership[];
  partitions: number;
  /** Partitions led by another replica while the preferred one is in sync: an election fixes these. */
  electable: { topic: string; partition: number; leader: number; preferred: number }[];
  /** Set when one broker leads far more or fewer partitions than an even spread would give it. */
  imbalance: { message: string; mostLoaded: number; leastLoaded: number } | null;
}

/** Leaders differing from an even share by more than this (and by at least 2) count as imbalanced. */
const IMBALANCE_TOLERANCE = 0.25;

export function computeLeadership(brokerIds: number[], topics: TopicMetadata[]): Leadership {
  const byBroker = new Map(brokerIds.map((id) => [id, { brokerId: id, leaders: 0, preferred: 0 }]));
  const electable: Leadership['electable'] = [];
  let partitions = 0;
  for (const t of topics) {
    for (const p of t.partitions) {
      partitions++;
      const preferred = p.replicas[0];
      const leaderRow = byBroker.get(p.leader);
      if (leaderRow) leaderRow.leaders++;
      if (preferred === undefined) continue;
      const preferredRow = byBroker.get(preferred);
      if (preferredRow) preferredRow.preferred++;
      if (p.leader !== preferred && p.isr.includes(preferred) && preferredRow) {
        electable.push({ topic: t.name, partition: p.partition, leader: p.leader, preferred });
      }
    }
  }
  const brokers = [...byBroker.values()].sort((a, b) => a.brokerId - b.brokerId);
  return { brokers, partitions, electable, imbalance: imbalanceOf(brokers, partitions) };
}

function imbalanceOf(brokers: BrokerLeadership[], partitions: number): Leadership['imbalance'] {
  if (brokers.length < 2 || partitions === 0) return null;
  const even = partitions / brokers.length;
  const most = brokers.reduce((a, b) => (b.leaders > a.leaders ? b : a));
  const least = brokers.reduce((a, b) => (b.leaders < a.leaders ? b : a));
  const spread = most.leaders - least.leaders;
  if (spread < 2 || spread <= even * IMBALANCE_TOLERANCE * 2) return null;
  return {
    message: `Leadership is uneven: broker ${least.brokerId} leads ${least.leaders} of ${partitions} partitions and broker ${most.brokerId} leads ${most.leaders}; an even spread is about ${Math.round(even)} each`,
    mostLoaded: most.brokerId,
    leastLoaded: least.brokerId,
  };
}
