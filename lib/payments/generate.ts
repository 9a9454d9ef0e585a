// Realistic payment events from a seed: many small payments and few large (log-normal amounts), a handful
// of heavy payers, a few % declined, and occasional late events whose occurredAt lies in the past.
// Pure: the same options give the same events (ids and occurredAt included).
import type { PaymentEvent } from './event';
import { CURRENCY_EXPONENT, type Currency } from './money';
import { createRandom } from './random';

export interface GeneratorOptions {
  seed: number;
  /** Event time of the first event (ms since epoch). */
  startMs: number;
  /** Events per second of event time. */
  ratePerSecond: number;
  /** Share of events that arrive late, and how late (ms) they can be. */
  lateShare?: number;
  maxLatenessMs?: number;
}

const HEAVY_PAYERS = ['acct-alice', 'acct-bruno', 'acct-carla', 'acct-diego', 'acct-elena'];
const PAYER_COUNT = 600;
const CURRENCY_WEIGHTS: Record<Currency, number> = { BRL: 55, USD: 20, EUR: 14, GBP: 6, JPY: 5 };
/** Median payment in major units per currency (JPY has no minor unit, so its median is in yen). */
const MEDIAN_MAJOR: Record<Currency, number> = { BRL: 80, USD: 25, EUR: 25, GBP: 20, JPY: 3000 };
const STATUS_WEIGHTS = { captured: 74, authorized: 18, declined: 5, refunded: 3 };
const METHOD_WEIGHTS_BRL = { pix: 55, card: 30, boleto: 10, transfer: 5 };
const METHOD_WEIGHTS_OTHER = { pix: 0, card: 70, boleto: 0, transfer: 30 };
const OFFSETS: Record<Currency, string> = { BRL: '-03:00', USD: '-05:00', EUR: '+01:00', GBP: '+00:00', JPY: '+09:00' };

/** ISO-8601 in a fixed offset, e.g. 2020-06-25T14:06:00.000-03:00 (the payer's local time). */
export function isoWithOffset(ms: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  const shifted = new Date(ms + sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000);
  return `${shifted.toISOString().slice(0, 23)}${offset}`;
}

export function createPaymentGenerator(options: GeneratorOptions) {
  const random = createRandom(options.seed);
  const lateShare = options.lateShare ?? 0.03;
  const maxLatenessMs = options.maxLatenessMs ?? 90_000;
  const stepMs = 1000 / options.ratePerSecond;
  let index = 0;

  const payer = () =>
    random.next() < 0.3 ? HEAVY_PAYERS[random.int(0, HEAVY_PAYERS.length)]! : `acct-${String(random.int(0, PAYER_COUNT)).padStart(4, '0')}`;

  return function nextEvent(): PaymentEvent {
    const currency = random.weighted(CURRENCY_WEIGHTS);
    const exponent = CURRENCY_EXPONENT[currency];
    const major = random.logNormal(MEDIAN_MAJOR[currency], 1.1);
    const amountMinor = BigInt(Math.max(1, Math.round(major * 10 ** exponent)));
    let occurredMs = Math.floor(options.startMs + index * stepMs);
    if (random.next() < lateShare) occurredMs -= random.int(1_000, maxLatenessMs);
    index++;
    const from = payer();
    let to = payer();
    if (to === from) to = `merchant-${random.int(0, 50)}`;
    return {
      id: random.uuid(),
      payer: from,
      payee: to,
      amountMinor: amountMinor.toString(),
      currency,
      method: random.weighted(currency === 'BRL' ? METHOD_WEIGHTS_BRL : METHOD_WEIGHTS_OTHER),
      status: random.weighted(STATUS_WEIGHTS),
      occurredAt: isoWithOffset(occurredMs, OFFSETS[currency]),
    };
  };
}
