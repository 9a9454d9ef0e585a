// The topic list with 2,000 topics: the API cold and warm, sorted by name (offsets for one page only) and by
// messages (offsets for all), and the page's first render in Chromium, beside `kcat -L` on the same cluster.
import { Kafka, logLevel } from 'kafkajs';
import { chromium } from 'playwright-core';

export const name = 'topics';
export const description = 'GET /api/clusters/{cluster}/topics and the Topics page with 2,000 topics vs kcat -L';

const TOPICS = 2_000;
const PARTITIONS = 3;
const CREATE_BATCH = 250;
const SETTLE_TIMEOUT_MS = 120_000;
/** Past the server's metadata cache (1 s) and message-sort offsets cache (5 s), so every run is cold. */
const METADATA_COLD_PAUSE_MS = 1_100;
const OFFSETS_COLD_PAUSE_MS = 5_100;
// As in playwright.config.ts: Debian's Chromium, no sandbox in containers, nothing phoning home.
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** As ctx.timeIt reports: for runs whose timed part is narrower than the whole loop body. */
function bestAndMedian(timings) {
  const sorted = [...timings].sort((a, b) => a - b);
  return { best: sorted[0], median: sorted[Math.floor(sorted.length / 2)] };
}

/** Set-up only: one CreateTopics request per batch of topics, not one per topic. */
async function createTopics(bootstrap) {
  const admin = new Kafka({ clientId: 'fluxo-bench', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = Array.from({ length: TOPICS }, (_, i) => `bench-topic-${String(i).padStart(5, '0')}`).filter((t) => !existing.has(t));
    for (let i = 0; i < wanted.length; i += CREATE_BATCH) {
      await admin.createTopics({
        waitForLeaders: false,
        timeout: 30_000,
        topics: wanted.slice(i, i + CREATE_BATCH).map((topic) => ({ topic, numPartitions: PARTITIONS, replicationFactor: 1 })),
      });
    }
    await waitForLeaders(admin);
  } finally {
    await admin.disconnect();
  }
}

/** The broker creates 6,000 partition logs after answering; time the console against a settled cluster. */
async function waitForLeaders(admin) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const { topics } = await admin.fetchTopicMetadata();
    const bench = topics.filter((t) => t.name.startsWith('bench-topic-'));
    const ready = bench.filter((t) => t.partitions.length === PARTITIONS && t.partitions.every((p) => p.leader >= 0));
    if (ready.length >= TOPICS) return;
    if (Date.now() > deadline) throw new Error(`only ${ready.length} of ${TOPICS} topics have leaders after ${SETTLE_TIMEOUT_MS / 1000} s`);
    await pause(500);
  }
}

async function firstRender(url, cluster, runs) {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const timings = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      const t0 = performance.now();
      await page.goto(`${url}/clusters/${cluster}/topics`);
      await page.getByRole('region', { name: 'Topic list' }).getByRole('link').first().waitFor();
      timings.push(performance.now() - t0);
      await page.close();
    }
    return bestAndMedian(timings);
  } finally {
    await browser.close();
  }
}

export async function run({ bootstrap, url, cluster, haveKcat, timeIt, timeCommand, printTable }) {
  const t0 = performance.now();
  await createTopics(bootstrap);
  console.log(`set-up: ${TOPICS.toLocaleString('en-US')} topics × ${PARTITIONS} partitions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const list = (query) => async () => {
    const res = await fetch(`${url}/api/clusters/${cluster}/topics${query}`);
    if (!res.ok) throw new Error(`topic list answered ${res.status}`);
    const body = await res.json();
    if (body.total < TOPICS) throw new Error(`topic list shows ${body.total} topics, expected ${TOPICS}`);
  };
  const byName = list('?pageSize=50');
  const byMessages = list('?pageSize=50&sort=messages&order=desc');
  await byName();
  const rows = [];
  const add = (what, command, t) => rows.push({ what, command, 'best ms': t.best, 'median ms': t.median });
  add('list API, sort by name, cold', `curl '${url}/api/clusters/${cluster}/topics?pageSize=50'`, await timeCold(byName, METADATA_COLD_PAUSE_MS, 5));
  add('list API, sort by name, warm', '(same, back to back)', await timeIt(byName, 20));
  add('list API, sort by messages, cold', `curl '…/topics?sort=messages&order=desc'`, await timeCold(byMessages, OFFSETS_COLD_PAUSE_MS, 3));
  add('list API, sort by messages, warm', '(same, back to back)', await timeIt(byMessages, 20));
  add('Topics page, first rows rendered', `chromium ${url}/clusters/${cluster}/topics`, await firstRender(url, cluster, 5));
  if (haveKcat) add('kcat -L (metadata only)', `kcat -L -b ${bootstrap}`, await timeCommand('kcat', ['-L', '-b', bootstrap], 10));
  printTable(`Topic list with ${TOPICS.toLocaleString('en-US')} topics`, rows);
}

/** Best and median of runs, each after a pause long enough for the server's caches to expire. */
async function timeCold(fn, pauseMs, runs) {
  const timings = [];
  for (let i = 0; i < runs; i++) {
    await pause(pauseMs);
    const start = performance.now();
    await fn();
    timings.push(performance.now() - start);
  }
  return bestAndMedian(timings);
}
