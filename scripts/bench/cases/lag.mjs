// One full lag snapshot of 5,000 groups over 500 topics × 4 partitions through the API, beside
// `kafka-consumer-groups --describe --all-groups` on the same cluster, and the Kafka requests it cost.
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel } from 'kafkajs';
import { runTool } from '../../kafka/local-kafka.mjs';

export const name = 'lag';
export const description = 'GET /api/clusters/{cluster}/consumer-groups (5,000 groups, 500 topics × 4 partitions; FLUXO_BENCH_LAG_GROUPS/_TOPICS/_PARTITIONS) vs kafka-consumer-groups --describe --all-groups';

const env = process.env;
const TOPICS = Number(env.FLUXO_BENCH_LAG_TOPICS ?? 500);
const PARTITIONS = Number(env.FLUXO_BENCH_LAG_PARTITIONS ?? 4);
const GROUPS = Number(env.FLUXO_BENCH_LAG_GROUPS ?? 5_000);
/** Offset commits in flight while seeding. */
const SEED_PARALLEL = 32;
const MESSAGES_PER_PARTITION = 50;
/** The API shares a snapshot for 2 s; waiting longer makes every timed run a fresh one. */
const SHARE_MS = 2_100;
const RUNS = 5;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function seed(bootstrap) {
  const kafka = new Kafka({ clientId: 'fluxo-bench', brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const topics = Array.from({ length: TOPICS }, (_, i) => `bench-lag-${String(i).padStart(3, '0')}`);
  // Without kafkajs's leader wait (it asks a broker that may not know the new topics yet and gives up);
  // instead, until every partition of every topic has a leader.
  await admin.createTopics({ waitForLeaders: false, timeout: 60_000, topics: topics.map((topic) => ({ topic, numPartitions: PARTITIONS, replicationFactor: 1 })) });
  for (let ready = false; !ready; ) {
    const md = await admin.fetchTopicMetadata({ topics }).catch(() => null);
    ready = !!md && md.topics.every((t) => t.partitions.length === PARTITIONS && t.partitions.every((p) => p.leader >= 0));
    if (!ready) await sleep(500);
  }
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  for (const topic of topics) {
    const messages = [];
    for (let p = 0; p < PARTITIONS; p++) for (let i = 0; i < MESSAGES_PER_PARTITION; i++) messages.push({ partition: p, value: `v${i}` });
    await producer.send({ topic, messages });
  }
  await producer.disconnect();
  // Committed offsets without consumers (as stopped consumers leave them), each group on 2 topics. An
  // OffsetCommit outside the group, as Kafka's AdminClient does; kafkajs's setOffsets would join each group.
  const createCluster = kafka[Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster')];
  const cluster = createCluster({ metadataMaxAge: 60_000 });
  await cluster.connect();
  let next = 0;
  const commitOne = async (g, attempt = 0) => {
    const groupId = `bench-group-${String(g).padStart(4, '0')}`;
    const coordinator = await cluster.findGroupCoordinator({ groupId });
    // While __consumer_offsets is new, its partitions' coordinators are still loading or moving: ask again.
    const retry = async (err) => {
      if (!err.retriable || attempt >= 20) throw err;
      await sleep(250);
      if (err.type === 'NOT_COORDINATOR_FOR_GROUP') await cluster.refreshMetadata();
      return commitOne(g, attempt + 1);
    };
    await coordinator.offsetCommit({
      groupId,
      groupGenerationId: -1,
      memberId: '',
      retentionTime: -1,
      topics: [topics[g % TOPICS], topics[(g * 7 + 3) % TOPICS]].map((topic) => ({
        topic,
        partitions: Array.from({ length: PARTITIONS }, (_, p) => ({ partition: p, offset: String((g * 13 + p * 5) % MESSAGES_PER_PARTITION) })),
      })),
    }).catch(retry);
  };
  await Promise.all(Array.from({ length: SEED_PARALLEL }, async () => {
    while (next < GROUPS) await commitOne(next++);
  }));
  await cluster.disconnect();
  await admin.disconnect();
}

/** Total lag and group count from the CLI's table (LAG column). */
function cliTotals(out) {
  let totalLag = 0;
  const groups = new Set();
  for (const line of out.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (!cols[0]?.startsWith('bench-group-') || cols.length < 6) continue;
    groups.add(cols[0]);
    if (/^\d+$/.test(cols[5])) totalLag += Number(cols[5]);
  }
  return { totalLag, groups: groups.size };
}

export async function run({ bootstrap, url, cluster, printTable }) {
  console.log(`seeding ${TOPICS} topics × ${PARTITIONS} partitions and ${GROUPS} groups …`);
  await seed(bootstrap);
  const path = `${url}/api/clusters/${cluster}/consumer-groups`;
  const snapshots = [];
  while (snapshots.length < RUNS) {
    await sleep(SHARE_MS);
    const t0 = performance.now();
    const started = Date.now();
    const res = await fetch(path);
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    const body = await res.json();
    const ms = performance.now() - t0;
    // The sampler may have just taken one; only snapshots this request took are timed.
    if (Date.parse(body.takenAt) >= started) snapshots.push({ ms, body });
  }
  const times = snapshots.map((s) => s.ms).sort((a, b) => a - b);
  const last = snapshots.at(-1).body;
  const benchGroups = last.groups.filter((g) => g.groupId.startsWith('bench-group-'));
  const apiLag = benchGroups.reduce((n, g) => n + g.totalLag, 0);

  const cliRuns = [];
  let cli;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const res = runTool('kafka-consumer-groups', ['--bootstrap-server', bootstrap, '--describe', '--all-groups']);
    cliRuns.push(performance.now() - t0);
    if (res.status !== 0) throw new Error(`kafka-consumer-groups failed: ${res.stderr}`);
    cli = cliTotals(res.stdout);
  }
  cliRuns.sort((a, b) => a - b);
  printTable(`Full lag snapshot, ${GROUPS} groups × ${2 * PARTITIONS} partitions each (${TOPICS} topics × ${PARTITIONS} partitions)`, [
    { what: 'Fluxo API, fresh snapshot', runs: RUNS, 'best ms': times[0], 'median ms': times[Math.floor(times.length / 2)], 'Kafka requests': last.kafkaRequests, groups: benchGroups.length, 'total lag': apiLag },
    { what: 'kafka-consumer-groups --describe --all-groups (incl. JVM start)', runs: 3, 'best ms': cliRuns[0], 'median ms': cliRuns[1], 'Kafka requests': 'n/a', groups: cli.groups, 'total lag': cli.totalLag },
  ]);
  console.log(
    `\nKafka requests per snapshot: 1 Metadata + 1 ListGroups v5 per broker + FindCoordinator for groups not cached + 1 describe per coordinator, group type and 500 groups ` +
      `(DescribeGroups / ConsumerGroupDescribe / ShareGroupDescribe) + 1 OffsetFetch v8 per coordinator and 500 groups + 2 ListOffsets per leader broker.`,
  );
}
