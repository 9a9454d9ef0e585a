import 'server-only';
// Transactions as Kafka's Admin client reads them (kafka-transactions list/describe/describe-producers) and the
// one repair it offers (abort): each request goes to the broker that knows, on kafkajs's own connections.
import { ConfigResourceTypes } from 'kafkajs';
import { withAdmin, withRawCluster } from './client';
import { type FlexibleBroker, kafkaError, maxApiVersion, sendFlexible } from './broker-request';
import { mapLimit } from './group-protocol';
import { getClusterMetadata } from './metadata';
import {
  type AbortMarker,
  type DescribedTransaction,
  decodeDescribeProducers,
  decodeDescribeTransactions,
  decodeListTransactions,
  decodeWriteTxnMarkers,
  encodeDescribeProducers,
  encodeDescribeTransactions,
  encodeListTransactions,
  encodeWriteAbortMarker,
  type ListedTransaction,
  type PartitionProducers,
  TXN_API_KEY,
} from './protocol/transactions';

export type { DescribedTransaction, ListedTransaction, PartitionProducers };

interface TxnCluster {
  findBroker(args: { nodeId: number }): Promise<FlexibleBroker>;
  findGroupCoordinatorMetadata(args: { groupId: string; coordinatorType: number }): Promise<{ coordinator: { nodeId: number } }>;
}

/** FindCoordinator's key type for a transactional id (0 is a group). */
const TRANSACTION_COORDINATOR = 1;
const PARALLEL_REQUESTS = 8;
const TRANSACTIONAL_ID_NOT_FOUND = 105;

function requireApi(broker: FlexibleBroker, apiKey: number, version: number, what: string) {
  if (maxApiVersion(broker, apiKey) < version) throw kafkaError(35, `The broker does not support ${what} (Kafka 3.0+ needed)`);
}

/** Every broker coordinates some transactional ids: ListTransactions asks each (partial failure is an error here). */
export async function listTransactions(clusterName: string): Promise<ListedTransaction[]> {
  const md = await getClusterMetadata(clusterName);
  return withRawCluster(clusterName, async (raw) => {
    const cluster = raw as unknown as TxnCluster;
    const perBroker = await Promise.all(
      md.brokers.map(async (b) => {
        const broker = await cluster.findBroker({ nodeId: b.id });
        requireApi(broker, TXN_API_KEY.listTransactions, 0, 'ListTransactions');
        const answer = await sendFlexible(broker, TXN_API_KEY.listTransactions, 0, 'ListTransactions', encodeListTransactions(), decodeListTransactions);
        if (answer.errorCode !== 0) throw kafkaError(answer.errorCode);
        return answer.transactions;
      }),
    );
    return [...new Map(perBroker.flat().map((t) => [t.transactionalId, t])).values()];
  });
}

/** DescribeTransactions on each id's coordinator; an id the coordinator does not know is left out. */
export async function describeTransactions(clusterName: string, transactionalIds: string[]): Promise<DescribedTransaction[]> {
  return withRawCluster(clusterName, async (raw) => {
    const cluster = raw as unknown as TxnCluster;
    const coordinators = await mapLimit(transactionalIds, PARALLEL_REQUESTS, async (id) => (await cluster.findGroupCoordinatorMetadata({ groupId: id, coordinatorType: TRANSACTION_COORDINATOR })).coordinator.nodeId);
    const byCoordinator = new Map<number, string[]>();
    transactionalIds.forEach((id, i) => byCoordinator.set(coordinators[i]!, [...(byCoordinator.get(coordinators[i]!) ?? []), id]));
    const answers = await Promise.all(
      [...byCoordinator].map(async ([nodeId, ids]) => {
        const broker = await cluster.findBroker({ nodeId });
        requireApi(broker, TXN_API_KEY.describeTransactions, 0, 'DescribeTransactions');
        return sendFlexible(broker, TXN_API_KEY.describeTransactions, 0, 'DescribeTransactions', encodeDescribeTransactions(ids), decodeDescribeTransactions);
      }),
    );
    return answers.flat().filter((t) => {
      if (t.errorCode === TRANSACTIONAL_ID_NOT_FOUND) return false;
      if (t.errorCode !== 0) throw kafkaError(t.errorCode);
      return true;
    });
  });
}

/** DescribeProducers on each partition's leader: the producers with state there and their open transactions. */
export async function describeProducers(clusterName: string, partitions: { topic: string; partition: number }[]): Promise<PartitionProducers[]> {
  const md = await getClusterMetadata(clusterName);
  const leaderOf = new Map(md.topics.flatMap((t) => t.partitions.map((p) => [`${t.name}\u0000${p.partition}`, p.leader] as const)));
  const byLeader = new Map<number, Map<string, number[]>>();
  const offline: PartitionProducers[] = [];
  for (const { topic, partition } of partitions) {
    const leader = leaderOf.get(`${topic}\u0000${partition}`);
    if (leader === undefined || leader < 0) {
      // Faults are data: this partition shows as unknown, the others are still described.
      offline.push({ topic, partition, errorCode: leader === undefined ? 3 : 5, errorMessage: leader === undefined ? 'Unknown partition' : 'No leader', producers: [] });
      continue;
    }
    const topics = byLeader.get(leader) ?? new Map<string, number[]>();
    topics.set(topic, [...(topics.get(topic) ?? []), partition]);
    byLeader.set(leader, topics);
  }
  const answers = await withRawCluster(clusterName, async (raw) => {
    const cluster = raw as unknown as TxnCluster;
    return Promise.all(
      [...byLeader].map(async ([nodeId, topics]) => {
        const broker = await cluster.findBroker({ nodeId });
        requireApi(broker, TXN_API_KEY.describeProducers, 0, 'DescribeProducers');
        const body = encodeDescribeProducers([...topics].map(([topic, ps]) => ({ topic, partitions: ps })));
        return sendFlexible(broker, TXN_API_KEY.describeProducers, 0, 'DescribeProducers', body, decodeDescribeProducers);
      }),
    );
  });
  return [...answers.flat(), ...offline].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

/** The broker's transaction.max.timeout.ms: kafka-transactions find-hanging calls a transaction open longer than this hanging. */
export async function transactionMaxTimeoutMs(clusterName: string): Promise<number> {
  const md = await getClusterMetadata(clusterName);
  const brokerId = md.brokers[0]?.id;
  if (brokerId === undefined) throw kafkaError(8, 'The cluster has no brokers');
  const answer = await withAdmin(clusterName, (admin) =>
    admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.BROKER, name: String(brokerId), configNames: ['transaction.max.timeout.ms'] }] }),
  );
  const value = answer.resources[0]?.configEntries.find((e) => e.configName === 'transaction.max.timeout.ms')?.configValue;
  return Number(value ?? 900_000);
}

/** WriteTxnMarkers with one ABORT marker on the partition's leader, as Admin.abortTransaction sends it. */
export async function writeAbortMarker(clusterName: string, marker: AbortMarker): Promise<void> {
  const md = await getClusterMetadata(clusterName);
  const leader = md.topics.find((t) => t.name === marker.topic)?.partitions.find((p) => p.partition === marker.partition)?.leader;
  if (leader === undefined || leader < 0) throw kafkaError(5, `Partition ${marker.partition} of "${marker.topic}" has no leader right now; try again`);
  await withRawCluster(clusterName, async (raw) => {
    const broker = await (raw as unknown as TxnCluster).findBroker({ nodeId: leader });
    requireApi(broker, TXN_API_KEY.writeTxnMarkers, 1, 'WriteTxnMarkers');
    const results = await sendFlexible(broker, TXN_API_KEY.writeTxnMarkers, 1, 'WriteTxnMarkers', encodeWriteAbortMarker(marker), decodeWriteTxnMarkers);
    const failed = results.find((r) => r.errorCode !== 0);
    if (failed) throw kafkaError(failed.errorCode);
  });
}
