// Aggregator throughput (one instance, then two sharing the group) on N seeded events, beside the raw
// consume rate of the same topic: kafkajs with no processing, and kcat. N = FLUXO_BENCH_PAYMENTS_EVENTS
// (default 1,000,000). Each aggregator run starts from a fresh group and output topic; its time runs from
// process start (includes connecting and the group join) to the last committed transaction.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from '../../lib/ensure.mjs';

export const name = 'payments';
export const description = 'payments:process throughput (1 and 2 instances) vs raw kafkajs and kcat consumption';

const EVENTS = Number(process.env.FLUXO_BENCH_PAYMENTS_EVENTS ?? 1_000_000);
const TOPIC = 'bench-payments';
const SCRIPT = ['--conditions=react-server', '--import', 'tsx'];

function produce(bootstrap) {
  const t0 = performance.now();
  const args = [...SCRIPT, 'scripts/payments/produce.ts', '--brokers', bootstrap, '--topic', TOPIC, '--seed', '1', '--rate', '1000', '--count', String(EVENTS), '--fast', '--start', '2020-06-25T14:06:00-03:00'];
  const res = spawnSync('node', args, { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`payments:produce failed: ${res.stderr}`);
  return performance.now() - t0;
}

async function kafkajsRawConsume(bootstrap) {
  const { Kafka, logLevel } = createRequire(path.join(ROOT, 'package.json'))('kafkajs');
  const consumer = new Kafka({ clientId: 'bench-raw', brokers: [bootstrap], logLevel: logLevel.NOTHING }).consumer({ groupId: `bench-raw-${Date.now()}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [TOPIC], fromBeginning: true });
  const t0 = performance.now();
  let seen = 0;
  await new Promise((resolve) => {
    consumer.run({
      eachBatch: async ({ batch }) => {
        seen += batch.messages.length;
        if (seen >= EVENTS) resolve();
      },
    });
  });
  const ms = performance.now() - t0;
  await consumer.disconnect();
  return ms;
}

function kcatConsume(bootstrap) {
  const t0 = performance.now();
  const res = spawnSync('kcat', ['-b', bootstrap, '-C', '-t', TOPIC, '-o', 'beginning', '-e', '-q', '-f', '\n'], { maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`kcat failed: ${res.stderr}`);
  return performance.now() - t0;
}

/** Starts `instances` aggregators in one fresh group; resolves when every partition is committed to its end. */
async function aggregate(bootstrap, instances, run) {
  const group = `bench-agg-${instances}-${run}`;
  const output = `${TOPIC}.stats-${instances}-${run}`;
  const committed = new Map();
  const t0 = performance.now();
  const children = [];
  const done = new Promise((resolve, reject) => {
    for (let i = 0; i < instances; i++) {
      const child = spawn('node', [...SCRIPT, 'scripts/payments/process.ts', '--verbose', '--brokers', bootstrap, '--input', TOPIC, '--output', output, '--group', group], { cwd: ROOT });
      children.push(child);
      let pending = '';
      child.stdout.on('data', (chunk) => {
        pending += chunk.toString();
        const lines = pending.split('\n');
        pending = lines.pop();
        for (const line of lines) {
          const m = /^committed partition (\d+) next offset (\d+)$/.exec(line);
          if (m) committed.set(Number(m[1]), Number(m[2]));
        }
        const total = [...committed.values()].reduce((a, b) => a + b, 0);
        if (total >= EVENTS) resolve();
      });
      child.on('exit', (code) => code && reject(new Error(`aggregator exited with ${code}`)));
    }
  });
  await done;
  const ms = performance.now() - t0;
  await Promise.all(children.map((c) => new Promise((r) => { c.on('exit', r); c.kill('SIGTERM'); })));
  return ms;
}

export async function run({ bootstrap, haveKcat, printTable }) {
  console.log(`producing ${EVENTS.toLocaleString('en-US')} events to ${TOPIC} (6 partitions)…`);
  const produceMs = produce(bootstrap);
  const rate = (ms) => Math.round(EVENTS / (ms / 1000));
  const rows = [{ what: 'payments:produce --fast (idempotent producer)', seconds: produceMs / 1000, 'events/s': rate(produceMs) }];
  const rawMs = await kafkajsRawConsume(bootstrap);
  rows.push({ what: 'kafkajs consumer, no processing', seconds: rawMs / 1000, 'events/s': rate(rawMs) });
  if (haveKcat) {
    const kcatMs = kcatConsume(bootstrap);
    rows.push({ what: 'kcat -C (librdkafka), no processing', seconds: kcatMs / 1000, 'events/s': rate(kcatMs) });
  }
  for (const instances of [1, 2]) {
    const ms = await aggregate(bootstrap, instances, Date.now());
    rows.push({ what: `payments:process, ${instances} instance${instances > 1 ? 's' : ''} (exactly-once)`, seconds: ms / 1000, 'events/s': rate(ms) });
  }
  printTable(`Payments on ${EVENTS.toLocaleString('en-US')} events (1 broker, 6 partitions)`, rows);
}
