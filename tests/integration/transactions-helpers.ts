// A transactional producer left open (begin, send, never commit) with kafkajs, and parsers for what
// kafka-transactions prints, the oracle the transactions API is compared with.
import { type Producer } from 'kafkajs';
import { kafkaClient } from '../helpers/kafka-clients';
import { kafkaTool } from './env';

/** Begins a transaction, writes `count` messages to partition 0 and leaves it open; the caller disconnects it. */
export async function openTransaction(bootstrap: string, transactionalId: string, topic: string, count: number, transactionTimeoutMs: number): Promise<Producer> {
  const producer = kafkaClient(bootstrap).producer({ transactionalId, idempotent: true, maxInFlightRequests: 1, transactionTimeout: transactionTimeoutMs });
  await producer.connect();
  const txn = await producer.transaction();
  await txn.send({ topic, messages: Array.from({ length: count }, (_, i) => ({ partition: 0, value: `open-${i}` })) });
  return producer;
}

/** Rows of a kafka-transactions table: header words → values (headers are single words). */
function table(out: string): Record<string, string>[] {
  const lines = out.split('\n').filter((l) => l.trim());
  const header = lines[0]?.trim().split(/\s+/) ?? [];
  return lines.slice(1).map((l) => {
    const cols = l.trim().split(/\s+/);
    return Object.fromEntries(header.map((h, i) => [h, cols[i] ?? '']));
  });
}

const tx = (bootstrap: string, args: string[]) => table(kafkaTool('kafka-transactions', ['--bootstrap-server', bootstrap, ...args]));

/** kafka-transactions list: TransactionalId Coordinator ProducerId TransactionState. */
export const listTransactionsCli = (bootstrap: string) => tx(bootstrap, ['list']);
/** kafka-transactions describe: CoordinatorId TransactionalId ProducerId ProducerEpoch TransactionState CurrentTransactionTimeoutMs CurrentTransactionStartTimeMs TransactionDurationMs TopicPartitions. */
export const describeTransactionCli = (bootstrap: string, id: string) => tx(bootstrap, ['describe', '--transactional-id', id])[0];
/** kafka-transactions describe-producers: ProducerId ProducerEpoch LatestCoordinatorEpoch LastSequence LastTimestamp CurrentTransactionStartOffset. */
export const describeProducersCli = (bootstrap: string, topic: string, partition: number) => tx(bootstrap, ['describe-producers', '--topic', topic, '--partition', String(partition)]);
/** kafka-transactions find-hanging: Topic Partition ProducerId ProducerEpoch CoordinatorEpoch StartOffset LastTimestamp Duration(min). */
export const findHangingCli = (bootstrap: string, topic: string) => tx(bootstrap, ['find-hanging', '--broker-id', '1']).filter((r) => r.Topic === topic);
