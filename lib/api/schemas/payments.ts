import { CURRENCIES } from '../../payments/money';
import { PAYMENT_STATUSES } from '../../payments/event';
import { z } from '../../zod';

const minorString = z.string().regex(/^[0-9]+$/).openapi({ description: 'Integer minor units as a decimal string', example: '123456' });

export const paymentsSummaryQuery = z
  .object({
    from: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Start instant (inclusive); default: 30 minutes before `to`', example: '2020-06-25T14:00:00Z' }),
    to: z.iso.datetime({ offset: true }).optional().openapi({ description: 'End instant (exclusive); default: now', example: '2020-06-25T15:00:00Z' }),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: '"from" must be before "to"', path: ['from'] })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 7 * 24 * 3_600_000, {
    message: 'the range may span at most 7 days',
    path: ['to'],
  });

export const paymentWindowSchema = z.object({
  start: z.string().openapi({ example: '2020-06-25T14:06:00.000Z' }),
  end: z.string(),
  currency: z.enum(CURRENCIES),
  status: z.enum(PAYMENT_STATUSES),
  count: z.number().int(),
  sumMinor: minorString,
  minMinor: minorString,
  maxMinor: minorString,
  p50Minor: minorString.openapi({ description: 'Approximate median, within 1% (see README)' }),
  p95Minor: minorString.openapi({ description: 'Approximate 95th percentile, within 1% (see README)' }),
});

export const paymentSummarySchema = z
  .object({
    windows: z.array(paymentWindowSchema),
    topPayers: z.array(z.object({ currency: z.enum(CURRENCIES), payer: z.string(), count: z.number().int(), sumMinor: minorString })),
    dropped: z.number().int().openapi({ description: 'Late events dropped after the grace period (all time)' }),
  })
  .openapi('PaymentSummary');

export const rawTopicCheckSchema = z.object({
  status: z.enum(['ok', 'empty', 'missing', 'invalid']),
  message: z.string(),
});

export const paymentSummaryResponseSchema = paymentSummarySchema
  .extend({
    rawTopicCheck: rawTopicCheckSchema.openapi({ description: "Whether the raw topic's newest records follow the event schema" }),
    from: z.string(),
    to: z.string(),
    rawTopic: z.string(),
    aggregateTopic: z.string(),
    /** The scan budget ran out before the end of the topic: the newest records may be missing. */
    truncated: z.boolean(),
    /** Records in the aggregate topic that are not aggregates of this schema (skipped). */
    skippedRecords: z.number().int(),
  })
  .openapi('PaymentSummaryResponse');

export type PaymentSummary = z.infer<typeof paymentSummarySchema>;
export type PaymentSummaryResponse = z.infer<typeof paymentSummaryResponseSchema>;
export type RawTopicCheck = z.infer<typeof rawTopicCheckSchema>;
export type PaymentWindow = z.infer<typeof paymentWindowSchema>;
