import { clusterNameSchema } from '../../config/schema';
import { errorCodes } from '../../errors';
import { z } from '../../zod';

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      requestId: z.string().optional().openapi({ description: 'On unexpected failures: names the request in the server log (every answer carries it as x-request-id)' }),
    }),
  })
  .openapi('Error', { description: 'Every error of the API has this shape.' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const clusterParams = z.object({
  cluster: clusterNameSchema.openapi({ description: 'Cluster name from the configuration', example: 'local' }),
});
