import { z } from '../../zod';

/** Partitions one request may plan, move or cancel: bounded, so one plan never carries a whole large cluster. */
export const MAX_REASSIGNMENT_PARTITIONS = 5_000;

const brokerId = z.number().int().min(0);

export const partitionReplicasSchema = z
  .object({
    topic: z.string().min(1).max(249),
    partition: z.number().int().min(0),
    replicas: z.array(brokerId).min(1).max(32).openapi({ description: 'Broker ids; the first is the preferred leader' }),
  })
  .openapi('PartitionReplicas');

export const reassignmentPlanBody = z
  .object({
    kind: z.enum(['balance', 'drain']).openapi({
      description: 'balance: spread replicas and preferred leaders evenly over the live brokers; drain: move every replica off brokerId',
    }),
    brokerId: brokerId.optional().openapi({ description: 'The broker to empty (kind drain)' }),
    topics: z.array(z.string().min(1).max(249)).max(1_000).optional().openapi({ description: 'Topics to plan for; every non-internal topic when left out' }),
  })
  .refine((b) => b.kind !== 'drain' || b.brokerId !== undefined, { message: 'A drain plan needs "brokerId"', path: ['brokerId'] })
  .openapi('ReassignmentPlanRequest');
export type ReassignmentPlanBody = z.infer<typeof reassignmentPlanBody>;

export const partitionMoveSchema = z
  .object({
    topic: z.string(),
    partition: z.number().int(),
    currentReplicas: z.array(z.number().int()),
    proposedReplicas: z.array(z.number().int()),
    addingBrokers: z.array(z.number().int()).openapi({ description: 'Brokers that receive a copy of the partition' }),
    removingBrokers: z.array(z.number().int()).openapi({ description: 'Brokers whose copy is deleted once the move is done' }),
    leaderChange: z.boolean().openapi({ description: 'The preferred leader (first replica) changes' }),
  })
  .openapi('PartitionMove');

export const reassignmentProposalSchema = z
  .object({
    partitions: z.array(partitionReplicasSchema).openapi({ description: 'The plan: the new replica list of each partition that changes' }),
    moves: z.array(partitionMoveSchema),
    warnings: z.array(z.string()),
    throttledBrokers: z.array(z.number().int()).openapi({ description: 'Brokers whose replication rate a throttle limits' }),
  })
  .openapi('ReassignmentProposal');
export type ReassignmentProposal = z.infer<typeof reassignmentProposalSchema>;

export const executeReassignmentBody = z
  .object({
    partitions: z.array(partitionReplicasSchema).min(1).max(MAX_REASSIGNMENT_PARTITIONS),
    throttleBytesPerSecond: z.number().int().min(1).nullable().openapi({
      description: 'Replication throttle per broker while data moves (bytes/s); null moves at full speed',
      example: 10_485_760,
    }),
    dryRun: z.boolean().default(false).openapi({ description: 'Validate and answer the diff without moving anything' }),
    confirm: z.literal(true).optional().openapi({ description: 'Must be true unless dryRun: data is copied between brokers' }),
  })
  .refine((b) => b.dryRun || b.confirm === true, { message: 'Confirm the reassignment with "confirm": true (or ask for a dry run)', path: ['confirm'] })
  .openapi('ExecuteReassignmentRequest');
export type ExecuteReassignmentBody = z.infer<typeof executeReassignmentBody>;

const partitionErrorSchema = z.object({ topic: z.string(), partition: z.number().int(), error: z.string().nullable() });

export const reassignmentExecutionSchema = z
  .object({
    dryRun: z.boolean(),
    moves: z.array(partitionMoveSchema),
    warnings: z.array(z.string()),
    throttledBrokers: z.array(z.number().int()),
    throttleBytesPerSecond: z.number().int().nullable(),
    results: z.array(partitionErrorSchema).openapi({ description: 'Kafka\'s answer per partition (error null: accepted); empty on a dry run' }),
  })
  .openapi('ReassignmentExecution');
export type ReassignmentExecution = z.infer<typeof reassignmentExecutionSchema>;

export const partitionProgressSchema = z
  .object({
    topic: z.string(),
    partition: z.number().int(),
    state: z.enum(['in-progress', 'done', 'not-applied']).openapi({ description: 'not-applied: nothing under way and the replicas differ from the target (cancelled)' }),
    targetReplicas: z.array(z.number().int()),
    replicas: z.array(z.number().int()),
    isr: z.array(z.number().int()),
    addingReplicas: z.array(z.number().int()),
    removingReplicas: z.array(z.number().int()),
  })
  .openapi('PartitionReassignmentProgress');
export type PartitionProgressBody = z.infer<typeof partitionProgressSchema>;

export const reassignmentListSchema = z.object({ partitions: z.array(partitionProgressSchema) }).openapi('Reassignments');
export type ReassignmentList = z.infer<typeof reassignmentListSchema>;

export const completeReassignmentBody = z
  .object({ partitions: z.array(partitionReplicasSchema).min(1).max(MAX_REASSIGNMENT_PARTITIONS) })
  .openapi('CompleteReassignmentRequest');

export const reassignmentCompletionSchema = z
  .object({
    partitions: z.array(partitionProgressSchema),
    throttleRemoved: z.boolean().openapi({ description: 'True once nothing is in progress and the throttle configs are removed' }),
  })
  .openapi('ReassignmentCompletion');
export type ReassignmentCompletion = z.infer<typeof reassignmentCompletionSchema>;

export const cancelReassignmentBody = z
  .object({
    partitions: z.array(z.object({ topic: z.string().min(1).max(249), partition: z.number().int().min(0) })).min(1).max(MAX_REASSIGNMENT_PARTITIONS),
    confirm: z.literal(true).openapi({ description: 'Must be true: the partitions go back to their replicas before the move' }),
  })
  .openapi('CancelReassignmentRequest');

export const reassignmentCancellationSchema = z.object({ results: z.array(partitionErrorSchema) }).openapi('ReassignmentCancellation');
export type ReassignmentCancellation = z.infer<typeof reassignmentCancellationSchema>;
