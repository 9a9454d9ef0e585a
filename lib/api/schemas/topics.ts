import { z } from '../../zod';
import { configEntrySchema } from './cluster';

export const TOPIC_SORT_KEYS = [
  'name',
  'partitions',
  'replicationFactor',
  'underReplicatedPartitions',
  'offlinePartitions',
  'messages',
  'sizeBytes',
] as const;
export type TopicSortKey = (typeof TOPIC_SORT_KEYS)[number];

/** Kafka's own limit (Topic.MAX_NAME_LENGTH). */
export const MAX_TOPIC_NAME_LENGTH = 249;
export const MAX_PAGE_SIZE = 500;

const booleanParam = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .openapi({ type: 'string', enum: ['true', 'false'] });

export const topicListQuery = z.object({
  search: z.string().max(MAX_TOPIC_NAME_LENGTH).default('').openapi({ description: 'Case-insensitive substring of the name' }),
  internal: booleanParam.default(false).openapi({ description: 'Include internal topics such as __consumer_offsets' }),
  sort: z.enum(TOPIC_SORT_KEYS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
export type TopicListQuery = z.infer<typeof topicListQuery>;

const messagesField = z
  .number()
  .int()
  .nullable()
  .openapi({ description: 'Sum of high minus low watermark; null when a partition has no leader to ask' });

export const topicSummarySchema = z
  .object({
    name: z.string(),
    internal: z.boolean(),
    partitions: z.number().int(),
    replicationFactor: z.number().int(),
    underReplicatedPartitions: z.number().int(),
    offlinePartitions: z.number().int(),
    messages: messagesField,
    sizeBytes: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Bytes on disk over all replicas (DescribeLogDirs) in the topic list; null when not asked or no broker holding it answered' }),
  })
  .openapi('TopicSummary');
export type TopicSummary = z.infer<typeof topicSummarySchema>;

export const topicListSchema = z
  .object({
    items: z.array(topicSummarySchema),
    total: z.number().int().openapi({ description: 'Topics matching the search, over all pages' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('TopicList');
export type TopicList = z.infer<typeof topicListSchema>;

export const partitionSchema = z
  .object({
    partition: z.number().int(),
    leader: z.number().int().nullable().openapi({ description: 'null when the partition is offline' }),
    replicas: z.array(z.number().int()),
    isr: z.array(z.number().int()),
    offlineReplicas: z.array(z.number().int()),
    low: z.number().int().nullable().openapi({ description: 'Earliest offset (low watermark)' }),
    high: z.number().int().nullable().openapi({ description: 'High watermark' }),
    lastStable: z.number().int().nullable().openapi({
      description: 'Last stable offset (ListOffsets under read_committed): read_committed consumers read up to here. Below high while a transaction is open on the partition; null when unknown (and in the topic list, which does not ask)',
    }),
    messages: messagesField,
  })
  .openapi('Partition');
export type Partition = z.infer<typeof partitionSchema>;

export const topicDetailSchema = topicSummarySchema
  .extend({ partitionDetails: z.array(partitionSchema) })
  .openapi('TopicDetail');
export type TopicDetail = z.infer<typeof topicDetailSchema>;

export const topicNameSchema = z
  .string()
  .min(1, 'A topic name cannot be empty')
  .max(MAX_TOPIC_NAME_LENGTH, `A topic name has at most ${MAX_TOPIC_NAME_LENGTH} characters`)
  .regex(/^[a-zA-Z0-9._-]+$/, 'A topic name may only contain letters, digits, ".", "_" and "-"')
  .refine((n) => n !== '.' && n !== '..', 'A topic name cannot be "." or ".."');

export const topicParams = z.object({
  topic: z.string().min(1).openapi({ param: { name: 'topic', in: 'path' }, example: 'orders' }),
});

const configMap = z.record(z.string().min(1), z.string());

export const createTopicBody = z
  .object({
    name: topicNameSchema,
    partitions: z.number().int().min(1).max(10_000),
    replicationFactor: z.number().int().min(1).max(32_767),
    configs: configMap.default({}),
  })
  .openapi('CreateTopic');
export type CreateTopicInput = z.infer<typeof createTopicBody>;

export const topicConfigsSchema = z.array(configEntrySchema).openapi('TopicConfigs');

export const configPatchBody = z
  .object({
    set: configMap.default({}),
    delete: z.array(z.string().min(1)).default([]),
  })
  .refine((b) => Object.keys(b.set).length + b.delete.length > 0, 'Nothing to change: give "set" or "delete"')
  .openapi('TopicConfigPatch');
export type ConfigPatch = z.infer<typeof configPatchBody>;

export const addPartitionsBody = z
  .object({ count: z.number().int().min(1).max(10_000).openapi({ description: 'The new total number of partitions' }) })
  .openapi('AddPartitions');

export const purgeBody = z
  .union([
    z.object({ all: z.literal(true) }),
    z.object({
      partitions: z
        .array(z.object({ partition: z.number().int().min(0), beforeOffset: z.number().int().min(0) }))
        .min(1),
    }),
  ])
  .openapi('PurgeTopic', { description: '{ all: true } deletes every record below each high watermark' });
export type PurgeInput = z.infer<typeof purgeBody>;

export const purgeResultSchema = z
  .object({
    partitions: z.array(z.object({ partition: z.number().int(), low: z.number().int().nullable(), high: z.number().int().nullable() })),
  })
  .openapi('PurgeResult');
export type PurgeResult = z.infer<typeof purgeResultSchema>;

export const deleteResultSchema = z.object({ deleted: z.string() }).openapi('DeletedTopic');

export const deleteTopicQuery = z.object({
  confirm: z.string().openapi({ description: 'Must repeat the topic name: the server re-checks the confirmation' }),
});
