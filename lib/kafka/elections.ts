import 'server-only';
// Preferred leader election (ElectLeaders v2): any broker forwards it to the active controller.
import { FluxoError } from '../errors';
import { sendToBroker } from './broker-request';
import { createErrorFromCode } from './kafka-error-codes';
import { translateKafkaError } from './errors';
import { getClusterMetadata } from './metadata';
import { decodeElectLeaders, ELECT_LEADERS, encodeElectLeaders } from './protocol/elections';

/** Kafka answers within this; the request's own deadline (client.ts) is a little longer. */
const ELECTION_TIMEOUT_MS = 3_000;
/** ELECTION_NOT_NEEDED: the preferred replica already leads. */
const ELECTION_NOT_NEEDED = 84;

export interface PartitionElection {
  topic: string;
  partition: number;
  /** null when elected (or already the preferred leader), else Kafka's reason. */
  error: string | null;
}

export async function electPreferredLeaders(clusterName: string, partitions: { topic: string; partitions: number[] }[]): Promise<PartitionElection[]> {
  const md = await getClusterMetadata(clusterName);
  const brokerId = md.controllerId ?? md.brokers[0]?.id;
  if (brokerId === undefined) throw new FluxoError('unavailable', `Cluster "${clusterName}" has no live broker`);
  const answer = await sendToBroker(clusterName, brokerId, {
    apiKey: ELECT_LEADERS.apiKey,
    apiName: 'ElectLeaders',
    minVersion: ELECT_LEADERS.version,
    maxVersion: ELECT_LEADERS.version,
    encode: () => encodeElectLeaders(partitions, ELECTION_TIMEOUT_MS),
    decode: decodeElectLeaders,
  });
  if (answer.errorCode !== 0) throw translateKafkaError(createErrorFromCode(answer.errorCode), clusterName);
  return answer.results.map((r) => ({
    topic: r.topic,
    partition: r.partition,
    error: r.errorCode === 0 || r.errorCode === ELECTION_NOT_NEEDED ? null : (r.errorMessage ?? createErrorFromCode(r.errorCode).message),
  }));
}
