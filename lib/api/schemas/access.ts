import { PERMISSIONS } from '../../access/permissions';
import { auditRecordSchema } from '../../access/audit-record';
import { clusterNameSchema } from '../../config/schema';
import { z } from '../../zod';

export const permissionSchema = z.enum(PERMISSIONS).openapi('Permission');

export const signInBody = z
  .object({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(1_024),
  })
  .openapi('SignInRequest');

export const sessionSchema = z
  .object({
    mode: z.enum(['open', 'login']).openapi({ description: 'open: no sign-in (loopback demo or auth.mode none)' }),
    user: z
      .object({
        name: z.string(),
        via: z.enum(['session', 'token', 'open']),
        groups: z.array(z.string()),
        source: z.enum(['password', 'oidc']).optional(),
        expiresAt: z.number().int().optional().openapi({ description: 'Epoch milliseconds when the session ends' }),
      })
      .nullable(),
    /** Per cluster, what this user may do there: the UI hides or disables everything else. */
    permissions: z.record(z.string(), z.array(permissionSchema)),
    passwordSignIn: z.boolean(),
    oidc: z.object({ label: z.string() }).nullable(),
  })
  .openapi('Session');
export type Session = z.infer<typeof sessionSchema>;

export const signedOutSchema = z.object({ signedOut: z.literal(true) }).openapi('SignedOut');

export const oidcLoginQuery = z.object({
  next: z.string().max(2_048).optional().openapi({ description: 'Console path to return to after sign-in' }),
});

export const oidcCallbackQuery = z.object({
  code: z.string().max(4_096).optional(),
  state: z.string().max(1_024).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(1_024).optional(),
}).passthrough();

export const redirectSchema = z.object({}).openapi({ description: 'A 302 redirect' });

export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    clusters: z.array(z.string()),
    createdBy: z.string(),
    createdAt: z.number().int(),
    lastUsedAt: z.number().int().nullable(),
    revokedAt: z.number().int().nullable(),
  })
  .openapi('ApiToken');

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) }).openapi('ApiTokenList');

export const createTokenBody = z
  .object({
    name: z.string().min(1).max(64),
    role: z.string().min(1).max(32),
    clusters: z.array(z.union([clusterNameSchema, z.literal('*')])).min(1).default(['*']),
  })
  .openapi('CreateApiTokenRequest');

export const createdTokenSchema = apiTokenSchema
  .extend({ token: z.string().openapi({ description: 'The bearer token; shown this once only' }) })
  .openapi('CreatedApiToken');

export const tokenParams = z.object({
  id: z.string().regex(/^[A-Za-z0-9]{12}$/).openapi({ param: { name: 'id', in: 'path' } }),
});

export const auditQuery = z.object({
  user: z.string().max(128).optional(),
  action: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(200),
});

export const auditListSchema = z.object({ items: z.array(auditRecordSchema) }).openapi('AuditList');

