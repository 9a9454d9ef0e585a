import { z } from '../../zod';

export const verdictSchema = z.enum(['OK', 'WARN', 'STALL', 'STOP', 'ERR']).openapi('LagVerdict', {
  description:
    'Health over the last samples (see README "Lag verdicts"): OK committing and keeping up or no lag; WARN lag grew at every sample; ' +
    'STALL a member is assigned but the offset did not move while lag remains; STOP no member and the offset did not move while lag remains; ' +
    'ERR the committed offset is below the log start (messages lost to retention).',
});

const lagSecondsField = z.number().int().nullable().openapi({
  description: 'ESTIMATE of lag in seconds: age of the next unread message (its timestamp vs now). null when unknown.',
});

export const groupTypeSchema = z.enum(['classic', 'consumer', 'share', 'streams']).openapi('GroupType', {
  description:
    'Group protocol, as ListGroups v5 and `kafka-consumer-groups --list --type` say: classic (the rebalance protocol, also Connect), ' +
    'consumer (KIP-848, group.protocol=consumer), share (KIP-932 share groups), streams (KIP-1071 Streams groups)',
});
export type GroupType = z.infer<typeof groupTypeSchema>;

export const groupSummarySchema = z
  .object({
    groupId: z.string(),
    type: groupTypeSchema,
    state: z.string().openapi({
      description: 'Kafka group state: Stable, Empty, PreparingRebalance, CompletingRebalance (classic); Stable, Assigning, Reconciling, Empty (consumer, share)',
    }),
    protocolType: z.string().openapi({ description: '"consumer" for Kafka consumers; empty for groups that only hold offsets' }),
    members: z.number().int(),
    topics: z.array(z.string()),
    partitions: z.number().int(),
    totalLag: z.number().int(),
    maxLagSeconds: z.number().int().nullable().openapi({
      description:
        'ESTIMATE of the oldest unread message age, from the lag history: time since the log end first passed the committed offset. ' +
        'null until the history covers it.',
    }),
    status: verdictSchema,
    statusReason: z.string(),
  })
  .openapi('ConsumerGroupSummary');
export type GroupSummary = z.infer<typeof groupSummarySchema>;

export const groupListSchema = z
  .object({
    takenAt: z.string().openapi({ description: 'When the offsets were read (ISO-8601)' }),
    kafkaRequests: z.number().int().openapi({ description: 'Kafka requests the snapshot behind this answer sent' }),
    groups: z.array(groupSummarySchema).openapi({ description: 'Sorted by total lag, largest first' }),
  })
  .openapi('ConsumerGroupList');
export type GroupList = z.infer<typeof groupListSchema>;

export const groupListQuery = z.object({
  search: z.string().max(200).optional().openapi({ description: 'Substring of the group id (case-insensitive)' }),
  state: z.string().max(40).optional().openapi({ description: 'Only groups in this state, e.g. Stable or Empty' }),
  type: groupTypeSchema.optional().openapi({ description: 'Only groups of this type' }),
});

export const groupParams = z.object({
  group: z.string().min(1).max(255).openapi({ param: { name: 'group', in: 'path' }, example: 'payments-processor' }),
});

const assignedPartitionsSchema = z.object({ topic: z.string(), partitions: z.array(z.number().int()) });

export const groupMemberSchema = z
  .object({
    memberId: z.string(),
    clientId: z.string(),
    host: z.string(),
    assignment: z.array(assignedPartitionsSchema),
    memberEpoch: z.number().int().nullable().openapi({ description: 'Consumer (KIP-848) and share members: the epoch of the member; null for classic members' }),
    instanceId: z.string().nullable().openapi({ description: 'group.instance.id of a static member, else null' }),
    targetAssignment: z.array(assignedPartitionsSchema).nullable().openapi({
      description: 'Consumer (KIP-848) members: the partitions the server-side assignor wants this member to own; equal to assignment once reconciled. null otherwise',
    }),
  })
  .openapi('ConsumerGroupMember');
export type GroupMember = z.infer<typeof groupMemberSchema>;

export const partitionLagSchema = z
  .object({
    topic: z.string(),
    partition: z.number().int(),
    committedOffset: z.number().int().nullable().openapi({ description: 'null: nothing committed yet' }),
    logStartOffset: z.number().int(),
    logEndOffset: z.number().int(),
    lastStableOffset: z.number().int().nullable().openapi({
      description:
        'The last stable offset. Below logEndOffset while a transaction is open on the partition; read_committed members cannot read past it. null when unknown',
    }),
    lag: z.number().int(),
    lagBasis: z.enum(['committed', 'uncommitted']).openapi({
      description: 'committed: logEnd − committed offset; uncommitted: nothing committed, lag is the whole retained partition (logEnd − logStart)',
    }),
    lagSeconds: lagSecondsField,
    memberId: z.string().optional(),
    clientId: z.string().optional(),
    host: z.string().optional(),
    status: verdictSchema,
    statusReason: z.string(),
  })
  .openapi('PartitionLag');
export type PartitionLagRow = z.infer<typeof partitionLagSchema>;

export const groupDetailSchema = z
  .object({
    groupId: z.string(),
    type: groupTypeSchema,
    state: z.string(),
    protocolType: z.string(),
    assignor: z.string().openapi({ description: 'Classic: the assignment strategy the members agreed on; consumer and share: the server-side assignor (uniform, range, simple)' }),
    groupEpoch: z.number().int().nullable().openapi({ description: 'Consumer (KIP-848) and share groups: the group epoch; null for classic groups' }),
    assignmentEpoch: z.number().int().nullable().openapi({ description: 'Consumer and share groups: the epoch of the target assignment; null for classic groups' }),
    coordinator: z.number().int(),
    members: z.array(groupMemberSchema),
    partitions: z.array(partitionLagSchema),
    totalLag: z.number().int(),
    maxLagSeconds: lagSecondsField,
    status: verdictSchema,
    statusReason: z.string(),
    sharePartitions: z
      .array(
        z.object({
          topic: z.string(),
          partition: z.number().int(),
          startOffset: z.number().int().nullable().openapi({ description: 'Share-partition start offset; null before the first delivery' }),
          lag: z.number().int().nullable().openapi({ description: 'Records from the start offset on not yet acknowledged; null when unknown' }),
        }),
      )
      .nullable()
      .openapi({ description: 'Share groups: where the group stands in each share-partition, as kafka-share-groups --describe; null for other types' }),
    samples: z.number().int().openapi({ description: 'Samples the verdict was judged on' }),
    takenAt: z.string(),
  })
  .openapi('ConsumerGroupDetail');
export type GroupDetail = z.infer<typeof groupDetailSchema>;

export const lagHistoryQuery = z.object({
  minutes: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60).openapi({ description: 'How far back, in minutes' }),
});

export const lagHistorySchema = z
  .object({
    groupId: z.string(),
    source: z.enum(['topic', 'memory']).openapi({ description: 'topic: Fluxo\'s history topic; memory: this server only (read-only clusters)' }),
    historyTopic: z.string(),
    intervalMs: z.number().int(),
    topics: z.array(z.string()),
    points: z.array(
      z.object({
        at: z.string(),
        totalLag: z.number().int(),
        byTopic: z.record(z.string(), z.number().int()),
        status: verdictSchema,
      }),
    ),
  })
  .openapi('LagHistory');
export type LagHistory = z.infer<typeof lagHistorySchema>;

export const resetTargetSchema = z
  .union([
    z.enum(['earliest', 'latest']),
    z.object({ timestamp: z.iso.datetime({ offset: true }) }).strict(),
    z.object({ offset: z.number().int().min(0) }).strict(),
    z.object({ shiftBy: z.number().int() }).strict(),
  ])
  .openapi('ResetTarget', { description: "'earliest' | 'latest' | { timestamp: ISO-8601 } | { offset } | { shiftBy }" });

export const resetOffsetsBody = z
  .object({
    topic: z.string().min(1).max(249),
    partitions: z.array(z.number().int().min(0)).max(10_000).optional().openapi({ description: 'All partitions of the topic when left out' }),
    to: resetTargetSchema,
    dryRun: z.boolean().default(true).openapi({ description: 'Preview only (the default); false applies the change' }),
  })
  .openapi('ResetOffsetsRequest');
export type ResetOffsetsBody = z.infer<typeof resetOffsetsBody>;

export const resetOffsetsResultSchema = z
  .object({
    groupId: z.string(),
    topic: z.string(),
    dryRun: z.boolean(),
    partitions: z.array(
      z.object({ topic: z.string(), partition: z.number().int(), currentOffset: z.number().int().nullable(), newOffset: z.number().int() }),
    ),
  })
  .openapi('ResetOffsetsResult');
export type ResetOffsetsResult = z.infer<typeof resetOffsetsResultSchema>;

export const deleteGroupQuery = z.object({
  confirm: z.string().openapi({ description: 'Must repeat the group id: the server re-checks the confirmation' }),
});

export const deleteGroupResultSchema = z.object({ groupId: z.string(), deleted: z.literal(true) }).openapi('DeleteGroupResult');
