import { z } from '../../zod';

/** Kafka's ConfigType names, indexed by their code (DescribeConfigs v3+). */
export const CONFIG_TYPES = ['unknown', 'boolean', 'string', 'int', 'short', 'long', 'double', 'list', 'class', 'password'] as const;
export type ConfigType = (typeof CONFIG_TYPES)[number];

export const clusterSummarySchema = z
  .object({
    name: z.string(),
    bootstrap: z.array(z.string()).openapi({ description: 'Bootstrap addresses (no credentials)' }),
    readOnly: z.boolean(),
    authentication: z.enum(['none', 'plain', 'scram-sha-256', 'scram-sha-512']),
    tls: z.boolean(),
    reachable: z.boolean(),
    error: z.string().optional().openapi({ description: 'Why the cluster is not reachable' }),
  })
  .openapi('ClusterSummary');
export type ClusterSummary = z.infer<typeof clusterSummarySchema>;

export const clusterListSchema = z.array(clusterSummarySchema).openapi('ClusterList');

export const brokerSchema = z
  .object({
    id: z.number().int(),
    host: z.string().nullable().openapi({ description: 'null: the broker is down and this server never saw its address' }),
    port: z.number().int().nullable(),
    rack: z.string().nullable(),
    online: z.boolean().openapi({
      description: 'false: the broker holds replicas but is not among the live brokers (stopped, fenced or cut off)',
    }),
    isController: z.boolean().openapi({ description: 'The controller the Metadata API names (under KRaft: any live broker)' }),
    isQuorumLeader: z.boolean().openapi({ description: 'The active KRaft controller, from DescribeQuorum' }),
    leaderPartitions: z.number().int().openapi({ description: 'Partitions this broker leads' }),
    replicaPartitions: z.number().int().openapi({ description: 'Partition replicas this broker hosts' }),
  })
  .openapi('Broker');
export type Broker = z.infer<typeof brokerSchema>;

export const quorumReplicaSchema = z
  .object({
    id: z.number().int(),
    logEndOffset: z.string().openapi({ description: 'Offset in the __cluster_metadata log (int64 as a string)' }),
    lag: z.string().openapi({ description: 'Records behind the leader’s high watermark' }),
    lastCaughtUpTimestamp: z.number().nullable().openapi({ description: 'Epoch ms (DescribeQuorum v1+), null if unknown' }),
  })
  .openapi('QuorumReplica');

export const quorumSchema = z
  .object({
    leaderId: z.number().int().openapi({ description: 'The active KRaft controller' }),
    leaderEpoch: z.number().int(),
    highWatermark: z.string(),
    voters: z.array(quorumReplicaSchema),
    observers: z.array(quorumReplicaSchema),
  })
  .openapi('Quorum', { description: 'The KRaft metadata quorum, from DescribeQuorum' });
export type Quorum = z.infer<typeof quorumSchema>;

export const clusterOverviewSchema = z
  .object({
    name: z.string(),
    clusterId: z.string().nullable(),
    readOnly: z.boolean(),
    reachable: z.literal(true),
    controllerId: z.number().int().nullable().openapi({
      description:
        'Controller as reported by the Metadata API. Under KRaft this is a live broker chosen by the cluster, not the quorum leader.',
    }),
    kafkaVersion: z.string().nullable().openapi({
      description: 'Release inferred from the highest metadata.version the brokers support (ApiVersions v3); null when the protocol does not tell (ZooKeeper-era clusters)',
      example: '4.3',
    }),
    metadataVersion: z.string().nullable().openapi({ description: 'Finalized metadata.version feature', example: '4.3-IV0' }),
    quorum: quorumSchema.nullable(),
    brokers: z.array(brokerSchema),
    topics: z.number().int().openapi({ description: 'All topics, internal ones included' }),
    internalTopics: z.number().int(),
    partitions: z.number().int(),
    replicas: z.number().int(),
    underReplicatedPartitions: z.number().int(),
    offlinePartitions: z.number().int().openapi({ description: 'Partitions without a leader (as kafka-topics --unavailable-partitions)' }),
    brokersDown: z.number().int().openapi({ description: 'Brokers that hold replicas but are not among the live brokers' }),
  })
  .openapi('ClusterOverview');
export type ClusterOverview = z.infer<typeof clusterOverviewSchema>;

export const brokerListSchema = z.array(brokerSchema).openapi('BrokerList');

export const configEntrySchema = z
  .object({
    name: z.string(),
    value: z.string().nullable().openapi({ description: 'null when unset or sensitive' }),
    source: z.enum([
      'default',
      'static-broker',
      'dynamic-broker',
      'dynamic-default-broker',
      'dynamic-topic',
      'dynamic-broker-logger',
      'unknown',
    ]),
    readOnly: z.boolean(),
    sensitive: z.boolean(),
    type: z.enum(CONFIG_TYPES).optional().openapi({ description: "Kafka's ConfigType (DescribeConfigs v3+)" }),
    documentation: z.string().nullable().optional().openapi({ description: "Kafka's own description of the key" }),
    display: z.string().nullable().optional().openapi({
      description: 'The value as a person reads it ("7 d", "1 GiB", "never", "unlimited"); null when the raw value says it best',
      example: '7 d',
    }),
  })
  .openapi('ConfigEntry');
export type ConfigEntry = z.infer<typeof configEntrySchema>;

export const brokerDetailSchema = z
  .object({ broker: brokerSchema, configs: z.array(configEntrySchema) })
  .openapi('BrokerDetail');
export type BrokerDetail = z.infer<typeof brokerDetailSchema>;

export const brokerParams = z.object({
  id: z.coerce.number().int().min(0).openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});
