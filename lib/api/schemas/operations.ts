import { z } from '../../zod';
import { clusterParams } from './common';

export const brokerConfigParams = clusterParams.extend({
  id: z
    .union([z.literal('default'), z.coerce.number().int().min(0)])
    .openapi({ param: { name: 'id', in: 'path' }, description: 'A broker id, or "default" for the cluster-wide dynamic default', example: 1 }),
});
