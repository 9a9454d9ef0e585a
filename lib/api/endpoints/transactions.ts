import { defineEndpoint } from '../endpoint';
import { clusterParams } from '../schemas/common';
import { abortTransactionBody, abortTransactionResultSchema, transactionDetailSchema, transactionListSchema, transactionParams } from '../schemas/transactions';

export const listTransactionsEndpoint = defineEndpoint({
  access: 'transactions:read',
  method: 'get',
  path: '/api/clusters/{cluster}/transactions',
  tag: 'Transactions',
  summary: 'Transactional ids with state, producer and partitions, and every open transaction with its hanging verdict',
  description:
    'ListTransactions on every broker, DescribeTransactions on each coordinator, DescribeProducers on each partition leader: ' +
    'what kafka-transactions list, describe and find-hanging print.',
  params: clusterParams,
  response: transactionListSchema,
  errors: [503, 504],
});

export const getTransactionEndpoint = defineEndpoint({
  access: 'transactions:read',
  method: 'get',
  path: '/api/clusters/{cluster}/transactions/{transactionalId}',
  tag: 'Transactions',
  summary: 'One transactional id: its state and, per partition, the active producers with their open transaction start offset',
  params: clusterParams.extend(transactionParams.shape),
  response: transactionDetailSchema,
  errors: [503, 504],
});

export const abortTransactionEndpoint = defineEndpoint({
  access: 'transactions:abort',
  method: 'post',
  path: '/api/clusters/{cluster}/transactions/abort',
  tag: 'Transactions',
  summary: 'Abort the open transaction at a start offset of one partition, as kafka-transactions abort does (WriteTxnMarkers)',
  description:
    'Finds the producer whose open transaction starts at startOffset (DescribeProducers) and writes an ABORT marker for it on the partition: ' +
    'the last stable offset moves on and read_committed consumers proceed. Refused with 403 on a read-only cluster; 404 when no transaction is open there.',
  params: clusterParams,
  body: abortTransactionBody,
  response: abortTransactionResultSchema,
  errors: [403, 503, 504],
});
