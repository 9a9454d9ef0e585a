import { z } from '../../zod';

export const healthSchema = z
  .object({
    status: z.literal('serving'),
    uptimeSeconds: z.number().int(),
    clusters: z.array(z.object({ name: z.string() })).openapi({ description: 'The configured clusters (not contacted: liveness only)' }),
  })
  .openapi('Health');

const clusterReadinessSchema = z.object({
  name: z.string(),
  reachable: z.boolean(),
  error: z.string().optional(),
});

export const readinessSchema = z
  .object({ ready: z.boolean(), clusters: z.array(clusterReadinessSchema) })
  .openapi('Readiness');
export type Readiness = z.infer<typeof readinessSchema>;
