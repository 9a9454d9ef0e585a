import { z } from '../../zod';

const bytes = (description: string) => z.number().int().nullable().openapi({ description });

export const logDirSchema = z
  .object({
    path: z.string(),
    error: z.string().nullable().openapi({ description: 'Why the directory is offline, null when healthy' }),
    sizeBytes: z.number().int().openapi({ description: 'Bytes of all replicas in this directory' }),
    replicas: z.number().int(),
    totalBytes: bytes("The volume's size (DescribeLogDirs v4+), null when the broker does not tell"),
    usableBytes: bytes('Free bytes on the volume (v4+), null when the broker does not tell'),
  })
  .openapi('LogDir');

export const brokerSizeSchema = z
  .object({
    brokerId: z.number().int(),
    error: z.string().nullable().openapi({ description: 'Why the broker did not answer; its sizes are then unknown' }),
    sizeBytes: bytes('Bytes of all replicas on this broker; null when it did not answer'),
    logDirs: z.array(logDirSchema),
  })
  .openapi('BrokerSize');

export const topicSizeSchema = z
  .object({
    topic: z.string(),
    sizeBytes: z.number().int().openapi({ description: 'Bytes on disk over all replicas of the answering brokers' }),
  })
  .openapi('TopicSize');

export const clusterSizesSchema = z
  .object({
    sizeBytes: z.number().int().openapi({ description: 'Bytes on disk over all answering brokers' }),
    complete: z.boolean().openapi({ description: 'false when a broker or log dir did not answer: the sums are lower bounds' }),
    brokers: z.array(brokerSizeSchema),
    topics: z.array(topicSizeSchema).openapi({ description: 'Largest first' }),
  })
  .openapi('ClusterSizes');
export type ClusterSizes = z.infer<typeof clusterSizesSchema>;

export const replicaSizeSchema = z
  .object({
    brokerId: z.number().int(),
    logDir: z.string(),
    sizeBytes: z.number().int(),
    offsetLag: z.number().int().openapi({ description: "Records between the replica's log end and the high watermark" }),
    isFuture: z.boolean().openapi({ description: 'A copy being moved to another log dir' }),
  })
  .openapi('ReplicaSize');

export const topicSizesSchema = z
  .object({
    topic: z.string(),
    sizeBytes: z.number().int(),
    complete: z.boolean(),
    missingBrokers: z.array(z.number().int()).openapi({ description: 'Brokers that did not answer' }),
    partitions: z.array(z.object({ partition: z.number().int(), sizeBytes: z.number().int(), replicas: z.array(replicaSizeSchema) })),
  })
  .openapi('TopicSizes');
export type TopicSizes = z.infer<typeof topicSizesSchema>;
