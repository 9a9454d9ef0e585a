// The project's own Apache Kafka: official jars from Maven Central, KRaft (no ZooKeeper), 127.0.0.1 only.
// A cluster lives in .kafka/<name>/ (data, logs, pid files); `down` stops exactly the pids it wrote.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import {
  closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { commandExists, ROOT } from '../lib/ensure.mjs';
import { fail } from '../lib/fail.mjs';
import { isListening } from '../lib/ports.mjs';

const POM = path.join(ROOT, 'scripts/kafka/pom.xml');
export const KAFKA_VERSION = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(readFileSync(POM, 'utf8'))[1];
const LIBS = path.join(ROOT, '.cache/kafka', KAFKA_VERSION, 'libs');
const STATE = path.join(ROOT, '.kafka');
const LOG4J = path.join(ROOT, 'scripts/kafka/log4j2.properties');
const READY_TIMEOUT_MS = 120_000;

/** The CLI tools tests use as oracles, by their shell-script names. */
const TOOLS = {
  'kafka-topics': 'org.apache.kafka.tools.TopicCommand',
  'kafka-consumer-groups': 'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
  'kafka-get-offsets': 'org.apache.kafka.tools.GetOffsetShell',
  'kafka-metadata-quorum': 'org.apache.kafka.tools.MetadataQuorumCommand',
  'kafka-configs': 'kafka.admin.ConfigCommand',
  'kafka-features': 'org.apache.kafka.tools.FeatureCommand',
  'kafka-delete-records': 'org.apache.kafka.tools.DeleteRecordsCommand',
  'kafka-console-producer': 'org.apache.kafka.tools.ConsoleProducer',
  'kafka-console-consumer': 'org.apache.kafka.tools.consumer.ConsoleConsumer',
  'kafka-dump-log': 'org.apache.kafka.tools.DumpLogSegments',
  'kafka-transactions': 'org.apache.kafka.tools.TransactionsCommand',
  'kafka-share-groups': 'org.apache.kafka.tools.consumer.group.ShareGroupCommand',
  'kafka-console-share-consumer': 'org.apache.kafka.tools.consumer.ConsoleShareConsumer',
  'kafka-log-dirs': 'org.apache.kafka.tools.LogDirsCommand',
  'kafka-acls': 'org.apache.kafka.tools.AclCommand',
  'kafka-reassign-partitions': 'org.apache.kafka.tools.reassign.ReassignPartitionsCommand',
  'kafka-leader-election': 'org.apache.kafka.tools.LeaderElectionCommand',
};

/** Ports of a cluster: brokers at base+i, controllers at base+1000+i. */
export function clusterLayout({ nodes = 1, port = 9092 } = {}) {
  const ids = Array.from({ length: nodes }, (_, i) => i + 1);
  return {
    name: `${nodes}n-${port}`,
    nodes: ids.map((id, i) => ({ id, brokerPort: port + i, controllerPort: port + 1000 + i })),
    bootstrap: ids.map((_, i) => `127.0.0.1:${port + i}`).join(','),
  };
}

function java() {
  const home = process.env.JAVA_HOME;
  const bin = home ? path.join(home, 'bin/java') : 'java';
  if (home ? !existsSync(bin) : !commandExists('java')) {
    fail('Java 17+ was not found: install it (apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME');
  }
  return bin;
}

/** Fetches the jars once into .cache/kafka/<version>/libs; offline afterwards. */
export function ensureJars() {
  const marker = path.join(LIBS, `kafka_2.13-${KAFKA_VERSION}.jar`);
  if (existsSync(marker) && existsSync(path.join(LIBS, `kafka-tools-${KAFKA_VERSION}.jar`))) return LIBS;
  if (!commandExists('mvn')) {
    fail('Maven was not found: install it (apt-get install -y maven) to fetch the Kafka jars');
  }
  java();
  console.log(`• fetching Apache Kafka ${KAFKA_VERSION} jars from Maven Central`);
  const res = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies'], { stdio: 'inherit' });
  if (res.status !== 0 || !existsSync(marker)) {
    fail(`could not fetch Kafka ${KAFKA_VERSION} jars with Maven (exit ${res.status}); check access to Maven Central`);
  }
  return LIBS;
}

function javaArgs(heap, mainClass, args) {
  return [
    `-Xmx${heap}`, `-Xms${heap === '96m' ? '32m' : '128m'}`, '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1',
    '-Djava.awt.headless=true', `-Dlog4j2.configurationFile=${LOG4J}`,
    '-cp', `${LIBS}/*`, mainClass, ...args,
  ];
}

/** Runs a Kafka CLI tool synchronously; returns { status, stdout, stderr }. */
export function runTool(name, args, { input } = {}) {
  const mainClass = TOOLS[name];
  if (!mainClass) fail(`unknown tool ${name}; known: ${Object.keys(TOOLS).join(', ')}`);
  ensureJars();
  const res = spawnSync(java(), javaArgs('256m', mainClass, args), {
    encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, FLUXO_KAFKA_LOG_LEVEL: 'ERROR' },
  });
  return { status: res.status ?? 1, stdout: res.stdout ?? '', stderr: res.stderr ?? '' };
}

/** A long-running tool (a console consumer) as a child process the caller stops by its pid. */
export function spawnTool(name, args) {
  const mainClass = TOOLS[name];
  if (!mainClass) fail(`unknown tool ${name}; known: ${Object.keys(TOOLS).join(', ')}`);
  ensureJars();
  return spawn(java(), javaArgs('128m', mainClass, args), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FLUXO_KAFKA_LOG_LEVEL: 'ERROR' } });
}

export function toolNames() {
  return Object.keys(TOOLS);
}

/** A node's SCRAM listener, when the cluster has one: 50 above its plaintext port. */
export const SCRAM_PORT_OFFSET = 50;

function listenerProperties(node, scram) {
  const plain = `PLAINTEXT://127.0.0.1:${node.brokerPort}`;
  if (!scram) {
    return [
      `listeners=${plain},CONTROLLER://127.0.0.1:${node.controllerPort}`,
      `advertised.listeners=${plain}`,
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    ];
  }
  const sasl = `SASL_PLAINTEXT://127.0.0.1:${node.brokerPort + SCRAM_PORT_OFFSET}`;
  return [
    `listeners=${plain},${sasl},CONTROLLER://127.0.0.1:${node.controllerPort}`,
    `advertised.listeners=${plain},${sasl}`,
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT',
    'sasl.enabled.mechanisms=SCRAM-SHA-512',
    'listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;',
  ];
}

/** With an authorizer the brokers enforce ACLs; its super users (Fluxo's own principal) may do anything. */
function authorizerProperties(authorizer) {
  if (!authorizer) return [];
  return [
    'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    `super.users=${authorizer.superUsers.join(';')}`,
  ];
}

function serverProperties(layout, node, dir, scram, authorizer) {
  const single = layout.nodes.length === 1;
  const rf = single ? 1 : 3;
  const voters = layout.nodes.map((n) => `${n.id}@127.0.0.1:${n.controllerPort}`).join(',');
  return [
    'process.roles=broker,controller',
    `node.id=${node.id}`,
    `controller.quorum.voters=${voters}`,
    ...listenerProperties(node, scram),
    ...authorizerProperties(authorizer),
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    `log.dirs=${path.join(dir, 'data')}`,
    `offsets.topic.replication.factor=${rf}`,
    `transaction.state.log.replication.factor=${rf}`,
    `transaction.state.log.min.isr=${single ? 1 : 2}`,
    `share.coordinator.state.topic.replication.factor=${rf}`,
    `share.coordinator.state.topic.min.isr=${single ? 1 : 2}`,
    'offsets.topic.num.partitions=1',
    'transaction.state.log.num.partitions=1',
    'group.initial.rebalance.delay.ms=0',
    `default.replication.factor=${rf}`,
    'num.partitions=1',
    'num.network.threads=2',
    'num.io.threads=2',
    'num.recovery.threads.per.data.dir=1',
    'log.retention.hours=168',
    'auto.create.topics.enable=false',
    'delete.topic.enable=true',
    // A stopped broker drops out of the ISR quickly, so tests see under-replication within seconds.
    'replica.lag.time.max.ms=5000',
    'broker.session.timeout.ms=6000',
    'broker.heartbeat.interval.ms=1000',
    '',
  ].join('\n');
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A pid is ours only if its command line still names our node directory (pids get reused). */
function ownsPid(pid, nodeDir) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(nodeDir);
  } catch {
    return false;
  }
}

function readPid(nodeDir) {
  const file = path.join(nodeDir, 'kafka.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function lastError(logFile) {
  if (!existsSync(logFile)) return null;
  const lines = readFileSync(logFile, 'utf8').split('\n');
  const hit = [...lines].reverse().find((l) => /ERROR|Exception|FATAL/.test(l));
  return hit ? hit.trim().slice(0, 300) : null;
}

/** Polls cluster metadata with kafkajs until every broker answers. */
async function waitForBrokers(layout, pidsByNode) {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const { Kafka, logLevel } = require('kafkajs');
  const kafka = new Kafka({
    clientId: 'fluxo-kafka-up', brokers: layout.bootstrap.split(','), logLevel: logLevel.NOTHING,
    connectionTimeout: 1000, requestTimeout: 2000, retry: { retries: 0 },
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const [node, pid] of pidsByNode) {
      if (!pidAlive(pid)) {
        const cause = lastError(path.join(node.dir, 'logs', 'server.log'));
        fail(`Kafka node ${node.id} exited while starting${cause ? `: ${cause}` : ''} (log: ${node.dir}/logs/server.log)`);
      }
    }
    const admin = kafka.admin();
    try {
      await admin.connect();
      const { brokers } = await admin.describeCluster();
      if (brokers.length === layout.nodes.length) return;
    } catch {
      // not up yet
    } finally {
      await admin.disconnect().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  fail(`Kafka did not answer on ${layout.bootstrap} within ${READY_TIMEOUT_MS / 1000}s; see .kafka/${layout.name}/node-*/logs/server.log`);
}

/**
 * A random cluster id as Kafka's Uuid.randomUuid makes it: base64url, never starting with "-" (kafka-storage
 * would read such an id as an option and fail; 1 fresh id in 64 did).
 */
export function clusterUuid() {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** Starts the broker+controller process of one node, detached, its pid in the node's pid file. */
function spawnNode(javaBin, nodeDir) {
  const logs = path.join(nodeDir, 'logs');
  const out = openSync(path.join(logs, 'stdout.log'), 'a');
  const child = spawn(javaBin, [
    '-Xmx384m', '-Xms192m', '-XX:+UseG1GC', '-XX:MaxGCPauseMillis=20', '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${LOG4J}`, '-cp', `${LIBS}/*`, 'kafka.Kafka', path.join(nodeDir, 'server.properties'),
  ], {
    detached: true, stdio: ['ignore', out, out],
    env: { ...process.env, FLUXO_KAFKA_LOG_DIR: logs, FLUXO_KAFKA_LOG_LEVEL: 'INFO' },
  });
  closeSync(out);
  child.unref();
  writeFileSync(path.join(nodeDir, 'kafka.pid'), String(child.pid));
  return child.pid;
}

/**
 * Starts a cluster (or finds it already running); resolves with its bootstrap address. With `scram`
 * ({ username, password }) each node also listens for SASL/SCRAM-SHA-512 and that user exists from the start.
 * With `authorizer` ({ superUsers: ['User:ANONYMOUS'] }) the brokers run StandardAuthorizer and enforce ACLs.
 */
export async function up({ nodes = 1, port = 9092, fresh = false, scram, authorizer } = {}) {
  const layout = clusterLayout({ nodes, port });
  const dir = path.join(STATE, layout.name);
  ensureJars();
  const javaBin = java();

  const running = layout.nodes.filter((n) => {
    const nodeDir = path.join(dir, `node-${n.id}`);
    const pid = readPid(nodeDir);
    return pid && pidAlive(pid) && ownsPid(pid, nodeDir);
  });
  if (running.length === layout.nodes.length && !fresh) {
    await waitForBrokers(layout, new Map());
    return layout;
  }
  if (running.length > 0) await down({ name: layout.name });

  for (const n of layout.nodes) {
    for (const p of [n.brokerPort, n.controllerPort, ...(scram ? [n.brokerPort + SCRAM_PORT_OFFSET] : [])]) {
      if (await isListening(p)) {
        fail(`port ${p} on 127.0.0.1 is already in use: stop what listens there or choose another base with KAFKA_PORT=<port>`);
      }
    }
  }

  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const idFile = path.join(dir, 'cluster.id');
  if (!existsSync(idFile)) writeFileSync(idFile, clusterUuid());
  const clusterId = readFileSync(idFile, 'utf8').trim();

  const pidsByNode = new Map();
  try {
    for (const n of layout.nodes) {
      const nodeDir = path.join(dir, `node-${n.id}`);
      mkdirSync(path.join(nodeDir, 'logs'), { recursive: true });
      const props = path.join(nodeDir, 'server.properties');
      writeFileSync(props, serverProperties(layout, n, nodeDir, scram, authorizer));
      if (!existsSync(path.join(nodeDir, 'data', 'meta.properties'))) {
        const addScram = scram ? ['--add-scram', `SCRAM-SHA-512=[name=${scram.username},password=${scram.password}]`] : [];
        const fmt = spawnSync(javaBin, javaArgs('96m', 'kafka.tools.StorageTool', ['format', '-t', clusterId, '-c', props, '--ignore-formatted', ...addScram]), { encoding: 'utf8' });
        if (fmt.status !== 0) fail(`formatting Kafka storage failed: ${(fmt.stderr || fmt.stdout).trim().split('\n').pop()}`);
      }
      const pid = spawnNode(javaBin, nodeDir);
      pidsByNode.set({ id: n.id, dir: nodeDir }, pid);
    }
    await waitForBrokers(layout, pidsByNode);
  } catch (err) {
    await down({ name: layout.name, quiet: true });
    throw err;
  }
  return layout;
}

function clusterNames() {
  if (!existsSync(STATE)) return [];
  return readdirSync(STATE).filter((d) => existsSync(path.join(STATE, d, 'cluster.id')));
}

function nodeDirs(name) {
  const dir = path.join(STATE, name);
  return readdirSync(dir).filter((d) => d.startsWith('node-')).map((d) => path.join(dir, d));
}

/** Stops one node (tests use this to fail a broker); resolves once its process is gone. */
export async function stopNode(name, id, { quiet = true } = {}) {
  const nodeDir = path.join(STATE, name, `node-${id}`);
  const pid = readPid(nodeDir);
  if (pid && pidAlive(pid) && ownsPid(pid, nodeDir)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 20_000;
    while (pidAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (pidAlive(pid)) process.kill(pid, 'SIGKILL');
    if (!quiet) console.log(`stopped ${name} node ${id} (pid ${pid})`);
  }
  rmSync(path.join(nodeDir, 'kafka.pid'), { force: true });
}

/** Starts one stopped node of a cluster again. */
export async function startNode(name, id) {
  const [nodes, port] = name.split('n-').map(Number);
  const layout = clusterLayout({ nodes, port });
  const nodeDir = path.join(STATE, name, `node-${id}`);
  const pid = spawnNode(java(), nodeDir);
  await waitForBrokers(layout, new Map([[{ id, dir: nodeDir }, pid]]));
}

/** Stops the clusters we started (all, or the one named), by their pid files only. */
export async function down({ name, quiet = false } = {}) {
  const names = name ? [name] : clusterNames();
  for (const n of names) {
    if (!existsSync(path.join(STATE, n))) continue;
    await Promise.all(nodeDirs(n).map((d) => stopNode(n, Number(d.split('node-')[1]), { quiet })));
  }
}

/** What runs: one line per node. */
export function status() {
  const rows = [];
  for (const n of clusterNames()) {
    const [nodes, port] = n.split('n-').map(Number);
    const layout = clusterLayout({ nodes, port });
    for (const node of layout.nodes) {
      const nodeDir = path.join(STATE, n, `node-${node.id}`);
      const pid = readPid(nodeDir);
      const alive = pid !== null && pidAlive(pid) && ownsPid(pid, nodeDir);
      rows.push({ cluster: n, node: node.id, port: node.brokerPort, pid: alive ? pid : null });
    }
  }
  return rows;
}
