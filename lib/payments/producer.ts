import 'server-only';
// The payment generator's producer: seeded events (lib/payments/generate.ts) keyed by payer, with the schema's
// headers, paced to a rate of event time or as fast as the broker takes them.
import { startJobProducer } from '../kafka/job-producer';
import { PAYMENT_HEADERS } from './event';
import { createPaymentGenerator } from './generate';

export interface ProduceOptions {
  topic: string;
  seed: number;
  startMs: number;
  ratePerSecond: number;
  /** Events to produce; Infinity runs until stopped. */
  count: number;
  /** Pace sends to the rate (wall clock); false sends as fast as possible (event times stay spaced). */
  paced: boolean;
  signal?: AbortSignal;
}

const TICK_MS = 100;
const MAX_BATCH = 2_000;

/** Produces to a configured cluster (its SASL/TLS apply). */
export async function producePayments(clusterName: string, options: ProduceOptions): Promise<number> {
  const producer = await startJobProducer(clusterName, 'fluxo-payments-producer');
  const nextEvent = createPaymentGenerator(options);
  const began = Date.now();
  let sent = 0;
  try {
    while (sent < options.count && !options.signal?.aborted) {
      const due = options.paced
        ? Math.min(options.count, Math.floor(((Date.now() - began + TICK_MS) / 1000) * options.ratePerSecond))
        : options.count;
      const size = Math.min(MAX_BATCH, due - sent);
      if (size <= 0) {
        await new Promise((r) => setTimeout(r, TICK_MS));
        continue;
      }
      const messages = Array.from({ length: size }, () => {
        const event = nextEvent();
        return { key: event.payer, value: JSON.stringify(event), headers: { ...PAYMENT_HEADERS } };
      });
      await producer.send(options.topic, messages);
      sent += size;
    }
    return sent;
  } finally {
    await producer.stop();
  }
}
