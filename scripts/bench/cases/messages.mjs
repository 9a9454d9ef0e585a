// Message reading at scale: a topic of FLUXO_BENCH_MESSAGES (default 1,000,000) ~200-byte JSON payment
// events over 6 partitions. A search that matches nothing scans it all through the API, beside kcat
// reading the same topic to /dev/null; then the first page from newest and from a mid timestamp, and the
// server's peak memory during the scan.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runTool } from '../../kafka/local-kafka.mjs';

export const name = 'messages';
export const description = 'search scan throughput vs kcat, first page latency, server memory during a scan';

const COUNT = Number(process.env.FLUXO_BENCH_MESSAGES ?? 1_000_000);
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

/** Kilobytes of the largest resident set any process of the server's group reached (VmHWM). */
function peakServerRssKb(serverPid) {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgid !== serverPid) continue;
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      peak = Math.max(peak, Number(hwm?.[1] ?? 0));
    } catch {
      // the process ended meanwhile
    }
  }
  return peak;
}

async function scanThroughApi(url, cluster, topic) {
  const q = new URLSearchParams({ filter: 'value.amount.value < 0', from: 'oldest', to: 'newest', budget: String(COUNT * 2) });
  const t0 = performance.now();
  const res = await fetch(`${url}/api/clusters/${cluster}/topics/${topic}/messages/search?${q}`);
  if (!res.ok) throw new Error(`search answered ${res.status}: ${await res.text()}`);
  const text = await res.text();
  const ms = performance.now() - t0;
  const progress = [...text.matchAll(/event: progress\ndata: (.*)/g)].map((m) => JSON.parse(m[1])).at(-1);
  const done = /event: (?:done|error)\ndata: (.*)/.exec(text)?.[1];
  return { ms, scanned: progress?.scanned ?? 0, done };
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
  for (let start = 0; start < COUNT; start += 10_000) {
    const chunk = [];
    for (let i = start; i < Math.min(COUNT, start + 10_000); i++) chunk.push(paymentEvent(i));
    appendFileSync(file, `${chunk.join('\n')}\n`);
  }
  const valueBytes = statSync(file).size - COUNT;
  const t0 = performance.now();
  const produced = spawnSync('kcat', ['-P', '-b', bootstrap, '-t', topic, '-l', '-X', 'linger.ms=50', '-X', 'batch.num.messages=10000', file]);
  if (produced.status !== 0) throw new Error(`kcat -P failed: ${produced.stderr}`);
  const produceMs = performance.now() - t0;
  rmSync(dir, { recursive: true, force: true });
  const midTimestamp = new Date(Date.now() - produceMs / 2).toISOString();
  console.log(`Filled ${topic}: ${COUNT.toLocaleString('en-US')} messages, ${(valueBytes / 1e6).toFixed(0)} MB of values, in ${(produceMs / 1000).toFixed(1)} s (kcat -P)`);

  const kcat = await timeIt(() => {
    const res = spawnSync('kcat', ['-C', '-b', bootstrap, '-t', topic, '-e', '-o', 'beginning', '-q'], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (res.status !== 0) throw new Error(`kcat -C failed: ${res.stderr}`);
  }, 3);
  const rssBeforeKb = peakServerRssKb(serverPid);
  const scans = [];
  for (let i = 0; i < 2; i++) scans.push(await scanThroughApi(url, cluster, topic));
  const scan = scans.sort((a, b) => a.ms - b.ms)[0];
  const rssAfterKb = peakServerRssKb(serverPid);
  if (scan.scanned !== COUNT) console.log(`! the search scanned ${scan.scanned} of ${COUNT} (${scan.done})`);

  const rate = (ms) => COUNT / (ms / 1000);
  const mb = (ms) => valueBytes / 1e6 / (ms / 1000);
  printTable(`Scan of ${COUNT.toLocaleString('en-US')} messages, best of runs`, [
    { what: 'kcat -C -e -o beginning -q > /dev/null', 'best s': kcat.best / 1000, 'msgs/s': Math.round(rate(kcat.best)), 'MB/s': mb(kcat.best) },
    { what: 'Fluxo search (matches nothing) over SSE', 'best s': scan.ms / 1000, 'msgs/s': Math.round(rate(scan.ms)), 'MB/s': mb(scan.ms) },
    { what: 'ratio Fluxo / kcat', 'best s': '', 'msgs/s': `${((kcat.best / scan.ms) * 100).toFixed(0)} %`, 'MB/s': '' },
  ]);

  const page = (from) => async () => {
    const res = await fetch(`${url}/api/clusters/${cluster}/topics/${topic}/messages?from=${encodeURIComponent(from)}&limit=50`);
    const body = await res.json();
    if (!res.ok || body.messages.length !== 50) throw new Error(`page from ${from}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  };
  const newest = await timeIt(page('newest'), 10);
  const middle = await timeIt(page(`timestamp:${midTimestamp}`), 10);
  printTable('First page of 50 messages (10 runs each)', [
    { from: 'newest', 'best ms': newest.best, 'median ms': newest.median },
    { from: `timestamp:${midTimestamp}`, 'best ms': middle.best, 'median ms': middle.median },
  ]);
  printTable('Server memory (VmHWM of the next start process group)', [
    { when: 'before the scans', 'peak RSS MB': rssBeforeKb / 1024 },
    { when: 'after two full scans', 'peak RSS MB': rssAfterKb / 1024 },
  ]);
}
