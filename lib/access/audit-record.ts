// One audit record: who did what, when, from where, to which target, and how it ended. Pure. Parameters
// keep their names and shapes but never message contents or secrets.
import { z } from '../zod';

export const auditRecordSchema = z
  .object({
    id: z.string(),
    timeMs: z.number().int(),
    user: z.string().openapi({ description: 'User name, `token:<id>` for an API token, `anonymous` on an open console' }),
    via: z.enum(['session', 'token', 'open', 'none']),
    from: z.string().openapi({ description: 'Client address' }),
    cluster: z.string().nullable(),
    action: z.string().openapi({ description: 'The permission the request used, e.g. topics:delete, or auth:login' }),
    method: z.string(),
    path: z.string(),
    target: z.record(z.string(), z.string()).openapi({ description: 'Path parameters: topic, group, …' }),
    parameters: z.record(z.string(), z.unknown()),
    result: z.object({ status: z.number().int(), code: z.string().optional() }),
    requestId: z.string().optional(),
  })
  .openapi('AuditRecord');
export type AuditRecord = z.infer<typeof auditRecordSchema>;

/** Field names whose values never enter the log. */
const SECRET_NAMES = /pass(word)?|secret|token|credential|^key$|^value$|^headers$|sasl|jaas|private/i;
const MAX_STRING = 256;
const MAX_DEPTH = 4;

/** The request's parameters for the log: secrets and message contents dropped, sizes bounded. */
export function auditParameters(input: unknown, depth = 0): unknown {
  if (typeof input === 'string') return input.length > MAX_STRING ? `${input.slice(0, MAX_STRING)}…` : input;
  if (typeof input !== 'object' || input === null) return input;
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(input)) return input.slice(0, 50).map((v) => auditParameters(v, depth + 1));
  return Object.fromEntries(
    Object.entries(input).slice(0, 50).map(([k, v]) => [k, SECRET_NAMES.test(k) ? '(omitted)' : auditParameters(v, depth + 1)]),
  );
}
