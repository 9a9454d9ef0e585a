import { z } from '../../zod';

const topicPartition = z.object({ topic: z.string(), partition: z.number().int() });

const openTransactionSchema = z
  .object({
    topic: z.string(),
    partition: z.number().int(),
    producerId: z.string().openapi({ description: 'int64, as a string' }),
    producerEpoch: z.number().int(),
    coordinatorEpoch: z.number().int(),
    startOffset: z.number().int().openapi({ description: 'First offset of the open transaction here: the --start-offset of kafka-transactions abort' }),
    lastTimestamp: z.string().openapi({ description: "When the producer last wrote to this partition (ISO-8601)" }),
    transactionalId: z.string().nullable().openapi({ description: 'The transactional id its coordinator knows for this producer id; null when none does' }),
    hanging: z.boolean().openapi({ description: 'Kafka\'s rule (kafka-transactions find-hanging): open past transaction.max.timeout.ms and not held open by its coordinator' }),
    reason: z.string(),
  })
  .openapi('OpenTransaction');

export const transactionStateSchema = z.string().openapi({
  description: "Kafka's spelling: Empty, Ongoing, PrepareCommit, PrepareAbort, CompleteCommit, CompleteAbort, PrepareEpochFence, Dead",
});

export const transactionSummarySchema = z
  .object({
    transactionalId: z.string(),
    state: transactionStateSchema,
    producerId: z.string().openapi({ description: 'int64, as a string' }),
    producerEpoch: z.number().int(),
    timeoutMs: z.number().int(),
    startTime: z.string().nullable().openapi({ description: 'When the open transaction started (ISO-8601); null when none is open' }),
    startTimeMs: z.number().int().nullable().openapi({ description: 'The same, epoch ms' }),
    partitions: z.array(topicPartition),
  })
  .openapi('TransactionSummary');
export type TransactionSummary = z.infer<typeof transactionSummarySchema>;

export const transactionListSchema = z
  .object({
    takenAt: z.string(),
    transactionMaxTimeoutMs: z.number().int().openapi({ description: "The broker's transaction.max.timeout.ms, the hanging threshold" }),
    transactions: z.array(transactionSummarySchema).openapi({ description: 'ListTransactions on every broker, described on their coordinators; sorted by id' }),
    openTransactions: z.array(openTransactionSchema).openapi({
      description: 'Every open transaction on every partition (DescribeProducers on each leader), oldest first; the hanging ones are what find-hanging prints',
    }),
  })
  .openapi('TransactionList');
export type TransactionList = z.infer<typeof transactionListSchema>;

export const transactionParams = z.object({
  transactionalId: z.string().min(1).max(1000).openapi({ param: { name: 'transactionalId', in: 'path' }, example: 'payments-processor-0' }),
});

export const transactionDetailSchema = transactionSummarySchema
  .extend({
    producers: z.array(
      z.object({
        topic: z.string(),
        partition: z.number().int(),
        error: z.string().nullable().openapi({ description: 'Why this partition could not be described (no leader, …); null when it was' }),
        activeProducers: z.array(
          z.object({
            producerId: z.string(),
            producerEpoch: z.number().int(),
            lastSequence: z.number().int(),
            lastTimestamp: z.string().nullable(),
            coordinatorEpoch: z.number().int(),
            currentTransactionStartOffset: z.number().int().nullable().openapi({ description: 'Start offset of its open transaction here; null when none' }),
          }),
        ),
      }),
    ).openapi({ description: 'Per partition of the transaction: the active producers (DescribeProducers), as kafka-transactions describe-producers' }),
    openTransactions: z.array(openTransactionSchema),
  })
  .openapi('TransactionDetail');
export type TransactionDetail = z.infer<typeof transactionDetailSchema>;

export const abortTransactionBody = z
  .object({
    topic: z.string().min(1).max(249),
    partition: z.number().int().min(0),
    startOffset: z.number().int().min(0).openapi({ description: 'Start offset of the open transaction, as kafka-transactions abort --start-offset' }),
    confirm: z.string().openapi({ description: 'Must repeat "<topic>:<partition>:<startOffset>": the server re-checks the confirmation' }),
  })
  .strict()
  .openapi('AbortTransactionRequest');
export type AbortTransactionBody = z.infer<typeof abortTransactionBody>;

export const abortTransactionResultSchema = z
  .object({ topic: z.string(), partition: z.number().int(), startOffset: z.number().int(), producerId: z.string(), producerEpoch: z.number().int(), aborted: z.literal(true) })
  .openapi('AbortTransactionResult');
export type AbortTransactionResult = z.infer<typeof abortTransactionResultSchema>;
