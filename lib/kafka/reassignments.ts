import 'server-only';
// Partition reassignment (AlterPartitionReassignments / ListPartitionReassignments v0): any broker forwards
// both to the active controller, as with ElectLeaders (elections.ts).
import { FluxoError } from '../errors';
import { sendToBroker } from './broker-request';
import { createErrorFromCode, kafkaRefusal } from './kafka-error-codes';
import { getClusterMetadata } from './metadata';
import {
  ALTER_PARTITION_REASSIGNMENTS,
  decodeAlterPartitionReassignments,
  decodeListPartitionReassignments,
  encodeAlterPartitionReassignments,
  encodeListPartitionReassignments,
  LIST_PARTITION_REASSIGNMENTS,
  type OngoingReassignment,
  type ReassignmentTarget,
} from './protocol/reassignments';

export type { OngoingReassignment, ReassignmentTarget } from './protocol/reassignments';

/** Kafka answers within this; the request's own deadline (client.ts) is a little longer. */
const REASSIGNMENT_TIMEOUT_MS = 3_000;

export interface ReassignmentOutcome {
  topic: string;
  partition: number;
  /** null when Kafka accepted the change, else its reason. */
  error: string | null;
  errorCode: number;
}

async function anyBroker(clusterName: string): Promise<number> {
  const md = await getClusterMetadata(clusterName);
  const brokerId = md.controllerId ?? md.brokers[0]?.id;
  if (brokerId === undefined) throw new FluxoError('unavailable', `Cluster "${clusterName}" has no live broker`);
  return brokerId;
}

/** Starts (replicas given) or cancels (replicas null) the reassignment of each partition. */
export async function alterPartitionReassignments(clusterName: string, targets: ReassignmentTarget[]): Promise<ReassignmentOutcome[]> {
  const answer = await sendToBroker(clusterName, await anyBroker(clusterName), {
    apiKey: ALTER_PARTITION_REASSIGNMENTS.apiKey,
    apiName: 'AlterPartitionReassignments',
    minVersion: ALTER_PARTITION_REASSIGNMENTS.version,
    maxVersion: ALTER_PARTITION_REASSIGNMENTS.version,
    encode: () => encodeAlterPartitionReassignments(targets, REASSIGNMENT_TIMEOUT_MS),
    decode: decodeAlterPartitionReassignments,
  });
  if (answer.errorCode !== 0) throw kafkaRefusal(clusterName, answer.errorCode, answer.errorMessage);
  return answer.partitions.map((p) => ({
    topic: p.topic,
    partition: p.partition,
    errorCode: p.errorCode,
    error: p.errorCode === 0 ? null : (p.errorMessage ?? createErrorFromCode(p.errorCode).message),
  }));
}

/** Reassignments under way for these partitions, or for the whole cluster when null. */
export async function listPartitionReassignments(
  clusterName: string,
  partitions: { topic: string; partition: number }[] | null,
): Promise<OngoingReassignment[]> {
  const answer = await sendToBroker(clusterName, await anyBroker(clusterName), {
    apiKey: LIST_PARTITION_REASSIGNMENTS.apiKey,
    apiName: 'ListPartitionReassignments',
    minVersion: LIST_PARTITION_REASSIGNMENTS.version,
    maxVersion: LIST_PARTITION_REASSIGNMENTS.version,
    encode: () => encodeListPartitionReassignments(partitions, REASSIGNMENT_TIMEOUT_MS),
    decode: decodeListPartitionReassignments,
  });
  if (answer.errorCode !== 0) throw kafkaRefusal(clusterName, answer.errorCode, answer.errorMessage);
  return answer.reassignments;
}
