import { z } from '../../zod';
import { clusterParams } from './common';

export const brokerConfigParams = clusterParams.extend({
  id: z
    .union([z.literal('default'), z.coerce.number().int().min(0)])
    .openapi({ param: { name: 'id', in: 'path' }, description: 'A broker id, or "default" for the cluster-wide dynamic default', example: 1 }),
});

export const leadershipReportSchema = z
  .object({
    brokers: z.array(
      z.object({
        brokerId: z.number().int(),
        leaders: z.number().int().openapi({ description: 'Partitions this broker leads' }),
        preferred: z.number().int().openapi({ description: 'Partitions whose preferred (first) replica is this broker' }),
      }),
    ),
    partitions: z.number().int(),
    electable: z.number().int().openapi({ description: 'Partitions a preferred-leader election would move back to their preferred replica' }),
    imbalance: z.string().nullable().openapi({ description: 'Why leadership is uneven, null when it is balanced' }),
  })
  .openapi('Leadership');
export type LeadershipReport = z.infer<typeof leadershipReportSchema>;

export const electLeadersBody = z
  .object({ confirm: z.literal(true).openapi({ description: 'Must be true: leaders move and clients reconnect' }) })
  .openapi('ElectLeaders');

export const electionResultSchema = z
  .object({
    requested: z.number().int(),
    elected: z.number().int(),
    failed: z.array(z.object({ topic: z.string(), partition: z.number().int(), error: z.string().nullable() })),
  })
  .openapi('ElectionResult');
export type ElectionResult = z.infer<typeof electionResultSchema>;
