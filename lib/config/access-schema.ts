// Sign-in, roles and masking in the config file (FLUXO_CONFIG): one zod schema per section, so a bad file
// fails naming its field. Secrets (session key, OIDC client secret) come from environment variables only.
import { PERMISSIONS } from '../access/permissions';
import { z } from '../zod';

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name');
const pattern = z.string().min(1).max(256);

const userSchema = z
  .object({
    username: z.string().regex(/^[A-Za-z0-9._@-]{1,64}$/, 'letters, digits, ".", "_", "@" and "-" only (max 64)'),
    /** An argon2id hash (`npm run fluxo -- hash-password`); plain passwords are refused. */
    passwordHash: z.string().regex(/^\$argon2id\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/, 'must be an argon2id hash: run `npm run fluxo -- hash-password`'),
    /** Groups the user belongs to, as OIDC users' groups come from a claim. */
    groups: z.array(z.string().min(1)).default([]),
  })
  .strict();

const oidcSchema = z
  .object({
    issuer: z.url(),
    clientId: z.string().min(1),
    clientSecretEnv: envName,
    scopes: z.array(z.string().min(1)).default(['openid', 'profile', 'email']),
    /** The ID-token or userinfo claim that lists the user's groups. */
    groupsClaim: z.string().min(1).default('groups'),
    usernameClaim: z.string().min(1).default('preferred_username'),
    /** Where the provider sends the browser back; default: this server's /api/auth/oidc/callback. */
    redirectUri: z.url().optional(),
    /** The sign-in button's text. */
    label: z.string().min(1).max(64).default('Sign in with SSO'),
  })
  .strict();

export const authConfigSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }).strict(),
  z
    .object({
      mode: z.literal('login'),
      sessionSecretEnv: envName.default('FLUXO_SESSION_SECRET'),
      sessionTtlMinutes: z.number().int().min(5).max(43_200).default(720),
      users: z.array(userSchema).default([]),
      oidc: oidcSchema.optional(),
    })
    .strict(),
]);

const permission = z.enum(PERMISSIONS);

export const roleSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'lower-case letters, digits and "-" (max 32)'),
    permissions: z.array(permission).min(1),
  })
  .strict();

export const bindingSchema = z
  .object({
    role: z.string().min(1),
    users: z.array(z.string().min(1)).default([]),
    groups: z.array(z.string().min(1)).default([]),
    /** Cluster name patterns (`*` = any run of characters). */
    clusters: z.array(pattern).min(1).default(['*']),
    /** Topic name patterns narrowing message access (read, produce, export); absent: every topic. */
    topics: z.array(pattern).min(1).optional(),
  })
  .strict();

export const maskRuleSchema = z
  .object({
    /** Topic name patterns the rule applies to. */
    topics: z.array(pattern).min(1),
    /** `value` / `key` (the whole of it), `value.card.number` (a JSON path into the value), or `headers.x-user`. */
    field: z.string().regex(/^(key|value|headers\.[^\s]+|(key|value)(\.[A-Za-z0-9_$-]+)+)$/, 'key, value, value.<json.path>, key.<json.path> or headers.<name>'),
    action: z.enum(['mask', 'hash', 'remove']),
  })
  .strict();

export type AuthConfig = z.infer<typeof authConfigSchema>;
export type RoleConfig = z.infer<typeof roleSchema>;
export type BindingConfig = z.infer<typeof bindingSchema>;
export type MaskRule = z.infer<typeof maskRuleSchema>;
