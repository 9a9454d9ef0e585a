// The payment event: one JSON record per payment, keyed by payer so each account's events stay ordered.
// Documented in README.md ("Payment events"); version 1, announced by the record headers below.
import { z } from '../zod';
import { CURRENCIES, MINOR_AMOUNT_PATTERN } from './money';

export const PAYMENT_METHODS = ['pix', 'card', 'boleto', 'transfer'] as const;
export const PAYMENT_STATUSES = ['authorized', 'captured', 'declined', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_HEADERS = { 'event-type': 'payment', 'schema-version': '1' } as const;

export const paymentEventSchema = z
  .object({
    id: z.uuid(),
    payer: z.string().min(1).max(64),
    payee: z.string().min(1).max(64),
    /** Integer minor units (centavos for BRL, cents for USD, yen for JPY) as a decimal string. */
    amountMinor: z.string().regex(MINOR_AMOUNT_PATTERN, 'a positive integer of minor units, as a string'),
    currency: z.enum(CURRENCIES),
    method: z.enum(PAYMENT_METHODS),
    status: z.enum(PAYMENT_STATUSES),
    /** When the payment happened (event time), ISO-8601 with an offset: 2020-06-25T14:06:00.000-03:00. */
    occurredAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type PaymentEvent = z.infer<typeof paymentEventSchema>;

export type ParsedPayment = PaymentEvent & { occurredAtMs: number };

/** Parses one record value; null for anything that does not follow the schema. */
export function parsePaymentEvent(value: string | Buffer | null): ParsedPayment | null {
  if (value === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(value.toString());
  } catch {
    return null;
  }
  const parsed = paymentEventSchema.safeParse(json);
  if (!parsed.success) return null;
  return { ...parsed.data, occurredAtMs: Date.parse(parsed.data.occurredAt) };
}
