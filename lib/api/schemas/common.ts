import { clusterNameSchema } from '../../config/schema';
import { z } from '../../zod';

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(['bad_request', 'forbidden', 'not_found', 'conflict', 'unavailable', 'timeout', 'internal']),
      message: z.string(),
    }),
  })
  .openapi('Error', { description: 'Every error of the API has this shape.' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const clusterParams = z.object({
  cluster: clusterNameSchema.openapi({ description: 'Cluster name from the configuration', example: 'local' }),
});
