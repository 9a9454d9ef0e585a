// Message reading at scale: a topic of --messages=N (or FLUXO_BENCH_MESSAGES; default 1,000,000) ~200-byte
// JSON payment events over 6 partitions. Searches that match nothing, with four kinds of filter, scan it all
// through the API, alternating in the same run with kcat and a bare kafkajs eachBatch consumer reading the
// same topic (medians of 3), with the server's peak memory during each scan; then the first page from newest
// and from a mid timestamp beside the bare Kafka round trips it needs (ListOffsets, then one Fetch, on one
// connection); then 50 live tails' delivery latency while 2,000 msg/s are produced.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel } from 'kafkajs';
import { runTool } from '../../kafka/local-kafka.mjs';

export const name = 'messages';
export const description = 'search scan throughput vs kcat, first page latency, server memory during a scan';

const countFlag = process.argv.find((a) => a.startsWith('--messages='))?.slice('--messages='.length);
const COUNT = Number(countFlag ?? process.env.FLUXO_BENCH_MESSAGES ?? 1_000_000);
const ROUNDS = 3;
/** Filters that match nothing: on the key, a numeric JSON field, a header, and one that calls a function. */
const FILTERS = [
  { label: 'key = "none"', filter: 'key = "none"' },
  { label: 'value.amount.value < 0', filter: 'value.amount.value < 0' },
  { label: 'headers.`event-type` = "none"', filter: 'headers.`event-type` = "none"' },
  { label: '$contains(value.merchant, "zzz")', filter: '$contains(value.merchant, "zzz")' },
];
const PARTITIONS = 6;

function paymentEvent(i) {
  return JSON.stringify({
    type: 'payment.captured',
    id: `pay_${i.toString(36).padStart(10, '0')}`,
    amount: { value: (i % 50_000) / 100 + 1, currency: i % 3 ? 'EUR' : 'USD' },
    merchant: `m-${i % 997}`,
    customer: `c-${i % 100_003}`,
    method: i % 2 ? 'card' : 'sepa',
    channel: i % 4 ? 'web' : 'pos',
    at: new Date(1_700_000_000_000 + i * 10).toISOString(),
  });
}

/** Kilobytes of the server's process group resident now (VmRSS summed). */
function serverRssKb(serverPid) {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== serverPid) continue;
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** A search through the API, from the request to its done event, with the server's peak RSS meanwhile. */
async function scanThroughApi(url, cluster, topic, filter, serverPid) {
  const q = new URLSearchParams({ filter, from: 'oldest', to: 'newest', budget: String(COUNT * 2) });
  let peakKb = serverRssKb(serverPid);
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, serverRssKb(serverPid))), 100);
  try {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/clusters/${cluster}/topics/${topic}/messages/search?${q}`);
    if (!res.ok) throw new Error(`search answered ${res.status}: ${await res.text()}`);
    const text = await res.text();
    const ms = performance.now() - t0;
    const progress = [...text.matchAll(/event: progress\ndata: (.*)/g)].map((m) => JSON.parse(m[1])).at(-1);
    const done = /event: (?:done|error)\ndata: (.*)/.exec(text)?.[1];
    return { ms, scanned: progress?.scanned ?? 0, done, peakKb };
  } finally {
    clearInterval(sampler);
  }
}

/** A bare kafkajs consumer (eachBatch, no processing) reading the topic from the beginning to COUNT. */
async function kafkajsEachBatch(bootstrap, topic) {
  const kafka = new Kafka({ clientId: 'fluxo-bench', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `fluxo-bench-${process.pid}-${Date.now()}`, maxBytesPerPartition: 1024 * 1024 });
  const t0 = performance.now();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  await new Promise((resolve, reject) => {
    consumer.on(consumer.events.CRASH, (e) => reject(e.payload.error));
    consumer
      .run({
        eachBatch: async ({ batch }) => {
          seen += batch.messages.length;
          if (seen >= COUNT) resolve();
        },
      })
      .catch(reject);
  });
  const ms = performance.now() - t0;
  await consumer.disconnect();
  return ms;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const percentile = (list, p) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * p))];

/** kafkajs's own Cluster (a private symbol of the client), to time bare requests on one broker connection. */
async function bareBroker(bootstrap) {
  const kafka = new Kafka({ clientId: 'fluxo-bench-bare', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING });
  const symbol = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster');
  const cluster = kafka[symbol]({});
  await cluster.connect();
  await cluster.refreshMetadata();
  const [nodeId] = cluster.brokerPool.metadata.brokers.map((b) => b.nodeId);
  return { broker: await cluster.findBroker({ nodeId }), close: () => cluster.disconnect() };
}

/**
 * The least a first page of `limit` needs from Kafka: one ListOffsets (the newest end, or a timestamp) for
 * every partition, then one Fetch of limit ÷ partitions records from each, on an open connection.
 */
async function bareFirstPage(broker, topic, timestamp, limit) {
  const partitions = Array.from({ length: PARTITIONS }, (_, partition) => partition);
  const listed = await broker.listOffsets({
    isolationLevel: 1,
    topics: [{ topic, partitions: partitions.map((partition) => ({ partition, timestamp: String(timestamp) })) }],
  });
  const offsets = listed.responses[0].partitions.map((p) => ({ partition: p.partition, offset: Number(p.offset) }));
  if (offsets.some((p) => !Number.isInteger(p.offset) || p.offset < 0)) throw new Error(`ListOffsets answered ${JSON.stringify(listed)}`);
  const each = Math.ceil(limit / PARTITIONS);
  const fetched = await broker.fetch({
    isolationLevel: 1,
    maxWaitTime: 0,
    minBytes: 0,
    maxBytes: 1024 * 1024,
    topics: [{ topic, partitions: offsets.map((p) => ({ partition: p.partition, fetchOffset: String(timestamp === -1 ? Math.max(0, p.offset - each) : p.offset), maxBytes: 64 * 1024 })) }],
  });
  const records = fetched.responses[0].partitions.reduce((n, p) => n + p.messages.length, 0);
  if (records < limit) throw new Error(`the bare Fetch returned ${records} records, fewer than ${limit}`);
}

/** Reads an SSE stream, calling onEvent(name, data) for each event, until the signal aborts. */
async function readEvents(res, signal, onEvent) {
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for await (const chunk of res.body) {
      buffered += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = buffered.indexOf('\n\n')) !== -1) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        // Plain string search, not a regex per event: 50 tails at 2,000 msg/s are 100,000 events a second for
        // this process to read on the same machine as the server.
        if (!block.startsWith('event: ')) continue;
        const lineEnd = block.indexOf('\n');
        const dataAt = block.indexOf('data: ', lineEnd);
        if (lineEnd > 0 && dataAt > 0) onEvent(block.slice(7, lineEnd), block.slice(dataAt + 6));
      }
      if (signal.aborted) break;
    }
  } catch (err) {
    if (!signal.aborted) throw err;
  }
}

/** 50 tails of a topic while `rate` msg/s are produced for `seconds`: latency from send to each tail's event. */
async function tailLatency(url, cluster, bootstrap, { tails = 50, rate = 2000, seconds = 10 }) {
  const topic = `bench-tails-${Date.now()}`;
  const created = runTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', topic, '--partitions', String(PARTITIONS)]);
  if (created.status !== 0) throw new Error(created.stderr);
  const stop = new AbortController();
  const latencies = [];
  const perTail = new Array(tails).fill(0);
  let ready = 0;
  let onAllReady;
  const allReady = new Promise((resolve) => (onAllReady = resolve));
  const readers = Array.from({ length: tails }, async (_, i) => {
    const res = await fetch(`${url}/api/clusters/${cluster}/topics/${topic}/messages/tail`, { signal: stop.signal });
    if (!res.ok) throw new Error(`tail ${i} answered ${res.status}: ${await res.text()}`);
    await readEvents(res, stop.signal, (name, data) => {
      if (name === 'ready' && ++ready === tails) onAllReady();
      if (name !== 'message') return;
      // The value is the send time in milliseconds: "value":"1764660000000".
      const at = data.indexOf('"value":"') + 9;
      const sentAt = Number(data.slice(at, data.indexOf('"', at)));
      latencies.push(Date.now() - sentAt);
      perTail[i]++;
    });
  });
  await Promise.race([allReady, Promise.all(readers)]);
  const kafka = new Kafka({ clientId: 'fluxo-bench-tails', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  // Sends every 50 ms, `rate / 20` messages at a time, each value the time it was sent.
  let sent = 0;
  const t0 = Date.now();
  while (Date.now() - t0 < seconds * 1000) {
    const tick = Date.now();
    await producer.send({ topic, messages: Array.from({ length: rate / 20 }, () => ({ value: String(Date.now()) })) });
    sent += rate / 20;
    await new Promise((r) => setTimeout(r, Math.max(0, 50 - (Date.now() - tick))));
  }
  await producer.disconnect();
  // Time for the last messages to arrive.
  const deadline = Date.now() + 5000;
  while (latencies.length < sent * tails && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  stop.abort();
  await Promise.allSettled(readers);
  return { sent, tails, delivered: latencies.length, starved: perTail.filter((n) => n === 0).length, median: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

export async function run({ bootstrap, url, cluster, haveKcat, serverPid, timeIt, printTable }) {
  if (!haveKcat) {
    console.log('kcat is missing: the messages bench needs it to fill the topic and as the reference reader.');
    return;
  }
  const topic = `bench-payments-${COUNT}`;
  const created = runTool('kafka-topics', ['--bootstrap-server', bootstrap, '--create', '--topic', topic, '--partitions', String(PARTITIONS)]);
  if (created.status !== 0) throw new Error(created.stderr);

  const dir = mkdtempSync(path.join(tmpdir(), 'fluxo-bench-'));
  const file = path.join(dir, 'events.ndjson');
  writeFileSync(file, '');
  let valueBytes = 0;
  for (let start = 0; start < COUNT; start += 10_000) {
    const chunk = [];
    for (let i = start; i < Math.min(COUNT, start + 10_000); i++) {
      const value = paymentEvent(i);
      valueBytes += value.length;
      // Keyed by customer (a tab separates key and value for kcat -K).
      chunk.push(`c-${i % 100_003}\t${value}`);
    }
    appendFileSync(file, `${chunk.join('\n')}\n`);
  }
  const t0 = performance.now();
  const produced = spawnSync('kcat', ['-P', '-b', bootstrap, '-t', topic, '-l', '-K', '\t', '-H', 'event-type=payment.captured', '-X', 'linger.ms=50', '-X', 'batch.num.messages=10000', file]);
  if (produced.status !== 0) throw new Error(`kcat -P failed: ${produced.stderr}`);
  const produceMs = performance.now() - t0;
  rmSync(dir, { recursive: true, force: true });
  const midTimestamp = new Date(Date.now() - produceMs / 2).toISOString();
  console.log(`Filled ${topic}: ${COUNT.toLocaleString('en-US')} messages, ${(valueBytes / 1e6).toFixed(0)} MB of values, in ${(produceMs / 1000).toFixed(1)} s (kcat -P)`);

  const idleKb = serverRssKb(serverPid);
  const kcatOnce = () => {
    const t = performance.now();
    const res = spawnSync('kcat', ['-C', '-b', bootstrap, '-t', topic, '-e', '-o', 'beginning', '-q'], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (res.status !== 0) throw new Error(`kcat -C failed: ${res.stderr}`);
    return performance.now() - t;
  };
  // Alternating rounds, so a busy moment of the (shared) machine hits every reader alike.
  const times = { kcat: [], kafkajs: [], ...Object.fromEntries(FILTERS.map((f) => [f.label, []])) };
  const peaks = Object.fromEntries(FILTERS.map((f) => [f.label, 0]));
  for (let round = 0; round < ROUNDS; round++) {
    times.kcat.push(kcatOnce());
    times.kafkajs.push(await kafkajsEachBatch(bootstrap, topic));
    for (const f of FILTERS) {
      const scan = await scanThroughApi(url, cluster, topic, f.filter, serverPid);
      if (scan.scanned !== COUNT) console.log(`! ${f.label}: the search scanned ${scan.scanned} of ${COUNT} (${scan.done})`);
      times[f.label].push(scan.ms);
      peaks[f.label] = Math.max(peaks[f.label], scan.peakKb);
    }
  }
  const kcatMs = median(times.kcat);
  const rate = (ms) => COUNT / (ms / 1000);
  const mb = (ms) => valueBytes / 1e6 / (ms / 1000);
  const row = (what, ms, peakKb) => ({
    what,
    'median s': ms / 1000,
    'msgs/s': Math.round(rate(ms)),
    'MB/s': mb(ms),
    '× kcat': (kcatMs / ms).toFixed(2),
    'peak RSS MB': peakKb ? peakKb / 1024 : '',
  });
  printTable(`Scan of ${COUNT.toLocaleString('en-US')} messages, medians of ${ROUNDS} alternating rounds`, [
    row('kcat -C -e -o beginning -q > /dev/null', kcatMs),
    row('bare kafkajs consumer (eachBatch, no processing)', median(times.kafkajs)),
    ...FILTERS.map((f) => row(`Fluxo search ${f.label} (matches nothing)`, median(times[f.label]), peaks[f.label])),
  ]);
  console.log(`The server's resident memory before the scans: ${(idleKb / 1024).toFixed(0)} MB (its whole process group).`);

  const page = (from) => async () => {
    const res = await fetch(`${url}/api/clusters/${cluster}/topics/${topic}/messages?from=${encodeURIComponent(from)}&limit=50`);
    const body = await res.json();
    if (!res.ok || body.messages.length !== 50) throw new Error(`page from ${from}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  };
  // What any answer of the console costs before Kafka is asked anything: Next.js, the route's checks, JSON.
  const floor = await timeIt(async () => {
    const res = await fetch(`${url}/api/clusters`);
    if (!res.ok) throw new Error(`GET /api/clusters answered ${res.status}`);
    await res.text();
  }, 10);
  const newest = await timeIt(page('newest'), 10);
  const middle = await timeIt(page(`timestamp:${midTimestamp}`), 10);
  const bare = await bareBroker(bootstrap);
  let bareNewest;
  let bareMiddle;
  try {
    bareNewest = await timeIt(() => bareFirstPage(bare.broker, topic, -1, 50), 10);
    bareMiddle = await timeIt(() => bareFirstPage(bare.broker, topic, Date.parse(midTimestamp), 50), 10);
  } finally {
    await bare.close();
  }
  printTable('First page of 50 messages (10 runs each), beside its bare round trips (ListOffsets + Fetch, open connection)', [
    { from: 'newest', 'Fluxo median ms': newest.median, 'bare median ms': bareNewest.median, '× bare': (newest.median / bareNewest.median).toFixed(2), 'Fluxo best ms': newest.best },
    { from: `timestamp:${midTimestamp}`, 'Fluxo median ms': middle.median, 'bare median ms': bareMiddle.median, '× bare': (middle.median / bareMiddle.median).toFixed(2), 'Fluxo best ms': middle.best },
  ]);
  console.log(`The console's own floor, GET /api/clusters (no Kafka request): median ${floor.median.toFixed(1)} ms, best ${floor.best.toFixed(1)} ms.`);

  const tails = await tailLatency(url, cluster, bootstrap, {});
  printTable('50 live tails while 2,000 msg/s are produced for 10 s (latency from send to the tail\'s event)', [
    { tails: tails.tails, 'messages sent': tails.sent, 'deliveries': `${tails.delivered} of ${tails.sent * tails.tails}`, 'tails without data': tails.starved, 'median ms': tails.median, 'p99 ms': tails.p99 },
  ]);
}
