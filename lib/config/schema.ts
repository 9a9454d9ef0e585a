// The clusters config file (FLUXO_CONFIG): one zod schema, so a bad file fails naming its field.
import { z } from '../zod';
import { authConfigSchema, bindingSchema, maskRuleSchema, roleSchema } from './access-schema';

const hostPort = z
  .string()
  .regex(/^[^\s:,]+:\d{1,5}$/, 'must be host:port, e.g. kafka-1:9092');

const sasl = z
  .object({
    mechanism: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']),
    username: z.string().min(1),
    password: z.string().optional(),
    /** Name of an environment variable that holds the password, to keep it out of the file. */
    passwordEnv: z.string().optional(),
  })
  .strict()
  .refine((s) => s.password !== undefined || s.passwordEnv !== undefined, {
    message: 'needs password or passwordEnv',
  });

const tls = z.union([
  z.boolean(),
  z
    .object({
      /** Paths to PEM files, read on the server. */
      caFile: z.string().optional(),
      certFile: z.string().optional(),
      keyFile: z.string().optional(),
      rejectUnauthorized: z.boolean().default(true),
    })
    .strict(),
]);

/** Secrets come inline or, better, from an environment variable named here. */
const connectAuth = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('basic'), username: z.string().min(1), password: z.string().optional(), passwordEnv: z.string().optional() })
    .strict()
    .refine((a) => a.password !== undefined || a.passwordEnv !== undefined, { message: 'needs password or passwordEnv' }),
  z
    .object({ type: z.literal('bearer'), token: z.string().optional(), tokenEnv: z.string().optional() })
    .strict()
    .refine((a) => a.token !== undefined || a.tokenEnv !== undefined, { message: 'needs token or tokenEnv' }),
]);

/** A Kafka Connect cluster whose workers write to this Kafka cluster; Fluxo speaks to its REST API. */
const connectClusterSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-" only (max 64)'),
    url: z.string().regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, 'must be an http:// or https:// URL, e.g. http://connect:8083'),
    auth: connectAuth.optional(),
    /** For https:// workers with a private CA, or (tests only) a self-signed certificate. */
    tls: z.object({ caFile: z.string().optional(), rejectUnauthorized: z.boolean().default(true) }).strict().optional(),
    timeoutMs: z.number().int().min(500).max(120_000).default(10_000),
  })
  .strict();
export type ConnectClusterConfig = z.infer<typeof connectClusterSchema>;

export const clusterNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-" only (max 64)');

export const clusterConfigSchema = z
  .object({
    name: clusterNameSchema,
    brokers: z.array(hostPort).min(1, 'needs at least one broker'),
    clientId: z.string().min(1).default('fluxo'),
    readOnly: z.boolean().default(false),
    /** Lets Fluxo delete, purge and reconfigure Kafka's internal and "__" topics on this cluster (off: 403). */
    allowInternalTopicChanges: z.boolean().default(false),
    sasl: sasl.optional(),
    tls: tls.optional(),
    payments: z
      .object({
        rawTopic: z.string().min(1).default('payments'),
        aggregateTopic: z.string().min(1).default('payments.stats.1m'),
      })
      .strict()
      .default({ rawTopic: 'payments', aggregateTopic: 'payments.stats.1m' }),
    /** Rules applied on the server before a message leaves it (browse, permalink, search, tail, export). */
    masking: z.array(maskRuleSchema).default([]),
    connect: z
      .array(connectClusterSchema)
      .refine((cs) => new Set(cs.map((c) => c.name)).size === cs.length, 'connect cluster names must be unique')
      .default([]),
  })
  .strict();

export const configFileSchema = z
  .object({
    clusters: z
      .array(clusterConfigSchema)
      .min(1, 'needs at least one cluster')
      .refine((cs) => new Set(cs.map((c) => c.name)).size === cs.length, 'cluster names must be unique'),
    auth: authConfigSchema.optional(),
    roles: z.array(roleSchema).default([]),
    bindings: z.array(bindingSchema).default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    const known = new Set(['viewer', 'operator', 'admin', ...file.roles.map((r) => r.name)]);
    file.bindings.forEach((b, i) => {
      if (!known.has(b.role)) ctx.addIssue({ code: 'custom', path: ['bindings', i, 'role'], message: `unknown role "${b.role}"; define it under roles` });
    });
  });

export type ClusterConfig = z.infer<typeof clusterConfigSchema>;
