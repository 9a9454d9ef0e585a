import { z } from '../../zod';

const nameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-" only (max 64)');

export const connectParams = z.object({
  connect: nameSchema.openapi({ description: 'Connect cluster name from the configuration', example: 'local-connect' }),
});

/** Connector names are free text in Connect; we keep them to what a URL path and a group id carry safely. */
export const connectorNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" and "-" only');

export const connectorParams = z.object({ connector: connectorNameSchema });
export const taskParams = z.object({ task: z.coerce.number().int().min(0) });
export const pluginParams = z.object({
  plugin: z.string().min(1).max(300).regex(/^[A-Za-z0-9_.$]+$/, 'a connector class name, e.g. org.apache.kafka.connect.file.FileStreamSourceConnector'),
});

export const connectClusterSummarySchema = z
  .object({
    name: z.string(),
    url: z.string().openapi({ description: 'REST address of the workers (no credentials)' }),
    authentication: z.enum(['none', 'basic', 'bearer']),
    reachable: z.boolean(),
    version: z.string().nullable().openapi({ description: 'Kafka Connect version the worker reports' }),
    kafkaClusterId: z.string().nullable(),
    error: z.string().optional().openapi({ description: 'Why the workers are not reachable' }),
  })
  .openapi('ConnectCluster');
export type ConnectClusterSummary = z.infer<typeof connectClusterSummarySchema>;
export const connectClusterListSchema = z.object({ connectClusters: z.array(connectClusterSummarySchema) }).openapi('ConnectClusterList');

export const connectorStateSchema = z.enum(['RUNNING', 'PAUSED', 'STOPPED', 'FAILED', 'UNASSIGNED', 'RESTARTING', 'DESTROYED', 'UNKNOWN']);
export type ConnectorState = z.infer<typeof connectorStateSchema>;

export const connectorTaskSchema = z
  .object({
    id: z.number().int(),
    state: connectorStateSchema,
    workerId: z.string().openapi({ description: 'The worker (host:port) the task runs on' }),
    trace: z.string().nullable().openapi({ description: "A failed task's stack trace, as Connect reports it" }),
  })
  .openapi('ConnectorTask');
export type ConnectorTask = z.infer<typeof connectorTaskSchema>;

export const connectorSummarySchema = z
  .object({
    connect: z.string(),
    name: z.string(),
    type: z.enum(['source', 'sink', 'unknown']),
    plugin: z.string().openapi({ description: 'connector.class' }),
    state: connectorStateSchema,
    workerId: z.string().nullable(),
    tasksRunning: z.number().int(),
    tasksFailed: z.number().int(),
    tasks: z.array(connectorTaskSchema),
    topics: z.array(z.string()).openapi({ description: 'Topics from the config (topics / topic / topic.prefix / topics.regex)' }),
  })
  .openapi('ConnectorSummary');
export type ConnectorSummary = z.infer<typeof connectorSummarySchema>;

export const connectorListSchema = z
  .object({
    connectors: z.array(connectorSummarySchema),
    unreachable: z.array(z.object({ connect: z.string(), error: z.string() })).openapi({ description: 'Connect clusters that did not answer' }),
  })
  .openapi('ConnectorList');
export type ConnectorList = z.infer<typeof connectorListSchema>;

export const connectorDetailSchema = connectorSummarySchema
  .extend({
    config: z.record(z.string(), z.string()).openapi({ description: 'Connector config; sensitive values are replaced by "********"' }),
    maskedKeys: z.array(z.string()),
    trace: z.string().nullable(),
    activeTopics: z.array(z.string()).nullable().openapi({ description: 'GET /connectors/{c}/topics; null when topic tracking is off' }),
    sinkGroup: z
      .object({ groupId: z.string(), totalLag: z.number().int().nullable(), error: z.string().optional() })
      .nullable()
      .openapi({ description: "A sink's consumer group (connect-<name>) and its total lag" }),
  })
  .openapi('ConnectorDetail');
export type ConnectorDetail = z.infer<typeof connectorDetailSchema>;

export const connectorConfigBody = z
  .object({ config: z.record(z.string(), z.string()) })
  .openapi('ConnectorConfigBody', { description: 'Values equal to "********" keep the stored (masked) value.' });
export const createConnectorBody = connectorConfigBody.extend({ name: connectorNameSchema }).openapi('CreateConnectorBody');

export const connectorActionBody = z
  .object({
    action: z.enum(['pause', 'resume', 'stop', 'restart']),
    includeTasks: z.boolean().default(false).openapi({ description: 'restart only: restart the tasks too' }),
    onlyFailed: z.boolean().default(false).openapi({ description: 'restart only: only what has FAILED' }),
  })
  .openapi('ConnectorAction');
export type ConnectorActionBody = z.infer<typeof connectorActionBody>;
export const actionResultSchema = z.object({ ok: z.literal(true), state: connectorStateSchema.nullable() }).openapi('ConnectorActionResult');

export const deleteConnectorQuery = z.object({ confirm: z.string().openapi({ description: 'The connector name, repeated' }) });

export const pluginSchema = z
  .object({ class: z.string(), type: z.enum(['source', 'sink', 'unknown']), version: z.string().nullable() })
  .openapi('ConnectorPlugin');
export const pluginListSchema = z.object({ plugins: z.array(pluginSchema) }).openapi('ConnectorPluginList');

export const configDefSchema = z
  .object({
    name: z.string(),
    type: z.string().openapi({ description: 'STRING, INT, LONG, BOOLEAN, PASSWORD, LIST, CLASS, …' }),
    required: z.boolean(),
    defaultValue: z.string().nullable(),
    importance: z.string().nullable(),
    documentation: z.string().nullable(),
    group: z.string().nullable(),
    orderInGroup: z.number().int().nullable(),
  })
  .openapi('ConnectorConfigDef');
export type ConfigDef = z.infer<typeof configDefSchema>;
export const pluginConfigSchema = z.object({ plugin: z.string(), definitions: z.array(configDefSchema) }).openapi('ConnectorPluginConfig');

export const validationResultSchema = z
  .object({
    plugin: z.string(),
    errorCount: z.number().int(),
    errors: z.array(z.object({ field: z.string(), messages: z.array(z.string()) })).openapi({ description: 'Only fields with errors' }),
  })
  .openapi('ConnectorValidation');
export type ValidationResult = z.infer<typeof validationResultSchema>;

export const connectorOffsetsSchema = z
  .object({
    offsets: z.array(z.object({ partition: z.record(z.string(), z.unknown()), offset: z.record(z.string(), z.unknown()).nullable() })),
  })
  .openapi('ConnectorOffsets', { description: 'As GET /connectors/{c}/offsets answers (KIP-875)' });
export const alterOffsetsBody = connectorOffsetsSchema.openapi('AlterConnectorOffsets');
export const offsetsChangeResultSchema = z.object({ message: z.string() }).openapi('ConnectorOffsetsChange');
