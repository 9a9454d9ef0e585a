// npm run payments:produce -- --rate 200 --duration 60 --topic payments [--seed N] [--start ISO] [--cluster NAME | --brokers h:p]
// Produces seeded payment events (see README, "Payment events"); creates the topic (6 partitions) if missing.
// --duration 0 runs until Ctrl-C; --count N overrides rate × duration; --fast sends without pacing.
import { closeClusterClients } from '../../lib/kafka/client';
import { producePayments } from '../../lib/payments/producer';
import { ensurePaymentTopics } from '../../lib/payments/topics';
import { clusterFrom, fail, onStop, parseFlags } from './args';

const USAGE = 'payments:produce -- [--rate 200] [--duration 60] [--count N] [--topic payments] [--seed 1] [--start ISO] [--fast] [--cluster NAME | --brokers host:port]';
const flags = parseFlags(USAGE, {
  rate: { type: 'string', default: '200' },
  duration: { type: 'string', default: '60' },
  count: { type: 'string' },
  topic: { type: 'string', default: 'payments' },
  seed: { type: 'string', default: '1' },
  start: { type: 'string' },
  fast: { type: 'boolean', default: false },
  cluster: { type: 'string' },
  brokers: { type: 'string' },
});

const rate = Number(flags.rate);
const durationSeconds = Number(flags.duration);
const seed = Number(flags.seed);
if (!(rate > 0)) fail('--rate must be a positive number of events per second');
if (!(durationSeconds >= 0)) fail('--duration must be seconds (0 = until Ctrl-C)');
if (!Number.isInteger(seed)) fail('--seed must be an integer');
const startMs = flags.start ? Date.parse(flags.start) : Date.now();
if (Number.isNaN(startMs) || (flags.start && !/(Z|[+-]\d\d:\d\d)$/.test(flags.start))) {
  fail('--start must be an ISO-8601 instant with an offset, e.g. 2020-06-25T14:06:00-03:00');
}
const count = flags.count ? Number(flags.count) : durationSeconds === 0 ? Infinity : Math.round(rate * durationSeconds);
if (!(count > 0)) fail('--count must be a positive integer');

const cluster = clusterFrom(flags.cluster, flags.brokers);
const stopper = new AbortController();
onStop(async () => stopper.abort());

// CommonJS under tsx (the package is not an ES module), so no top-level await.
async function main() {
  const created = await ensurePaymentTopics(cluster, { raw: flags.topic });
  if (created.length) console.log(`created topic ${flags.topic}`);
  const began = Date.now();
  const sent = await producePayments(cluster, {
    topic: flags.topic,
    seed,
    startMs,
    ratePerSecond: rate,
    count,
    paced: !flags.fast,
    signal: stopper.signal,
  });
  const seconds = (Date.now() - began) / 1000;
  console.log(`produced ${sent} payment events to ${flags.topic} in ${seconds.toFixed(1)} s (seed ${seed}, start ${new Date(startMs).toISOString()})`);
  // The topic check went through the cluster's pooled clients; connected, they would keep the process alive.
  await closeClusterClients();
}

main().catch((err: unknown) => {
  console.error(`error: ${(err as Error).message}`);
  process.exit(1);
});
