import { z } from '../../zod';

export const QUOTA_KEYS = ['producer_byte_rate', 'consumer_byte_rate', 'request_percentage'] as const;
export type QuotaKey = (typeof QUOTA_KEYS)[number];

export const quotaEntitySchema = z
  .object({
    user: z.string().min(1).max(256).nullable().optional().openapi({ description: 'A user principal name; null for the default user quota' }),
    clientId: z.string().min(1).max(256).nullable().optional().openapi({ description: 'A client id; null for the default client-id quota' }),
  })
  .refine((e) => e.user !== undefined || e.clientId !== undefined, 'Name a user, a client id, or both (null is the default)')
  .openapi('QuotaEntity', { description: 'Leave a field out to not match on it; null means that type’s default' });
export type QuotaEntity = z.infer<typeof quotaEntitySchema>;

export const quotaSchema = z
  .object({
    entity: quotaEntitySchema,
    values: z.record(z.string(), z.number()).openapi({
      description: 'producer_byte_rate and consumer_byte_rate in bytes/s per broker; request_percentage in % of one I/O thread',
    }),
  })
  .openapi('ClientQuota');
export type ClientQuota = z.infer<typeof quotaSchema>;

export const quotaListSchema = z.array(quotaSchema).openapi('ClientQuotaList');

export const alterQuotaBody = z
  .object({
    entity: quotaEntitySchema,
    set: z.partialRecord(z.enum(QUOTA_KEYS), z.number().positive().max(1e15)).default({}),
    remove: z.array(z.enum(QUOTA_KEYS)).default([]),
  })
  .refine((b) => Object.keys(b.set).length + b.remove.length > 0, 'Nothing to change: give "set" or "remove"')
  .refine((b) => !b.remove.some((k) => k in b.set), 'Cannot both set and remove one quota')
  .openapi('AlterClientQuota');
export type AlterQuotaInput = z.infer<typeof alterQuotaBody>;
