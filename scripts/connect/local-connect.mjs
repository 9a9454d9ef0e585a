// The project's own Kafka Connect worker: the official connect-runtime jars from Maven Central (same version
// as the broker), distributed mode, its internal topics on the cluster it is pointed at, REST on 127.0.0.1
// only. A worker lives in .connect/<port>/ (config, logs, pid file); `downConnect` stops exactly that pid.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commandExists, ROOT } from '../lib/ensure.mjs';
import { fail } from '../lib/fail.mjs';
import { isListening } from '../lib/ports.mjs';
import { KAFKA_VERSION } from '../kafka/local-kafka.mjs';

const POM = path.join(ROOT, 'scripts/connect/pom.xml');
const DEBEZIUM_POM = path.join(ROOT, 'scripts/connect/debezium-pom.xml');
const DEBEZIUM_VERSION = /<debezium\.version>([^<]+)<\/debezium\.version>/.exec(readFileSync(DEBEZIUM_POM, 'utf8'))[1];
const LIBS = path.join(ROOT, '.cache/connect', KAFKA_VERSION, 'libs');
const PLUGINS = path.join(ROOT, '.cache/connect/plugins');
const DEBEZIUM_DIR = path.join(PLUGINS, `debezium-postgres-${DEBEZIUM_VERSION}`);
const STATE = path.join(ROOT, '.connect');
const LOG4J = path.join(ROOT, 'scripts/kafka/log4j2.properties');
const READY_TIMEOUT_MS = 180_000;

function java() {
  const home = process.env.JAVA_HOME;
  const bin = home ? path.join(home, 'bin/java') : 'java';
  if (home ? !existsSync(bin) : !commandExists('java')) {
    fail('Java 17+ was not found: install it (apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME');
  }
  return bin;
}

function mvnCopy(pom, what, marker, extra = []) {
  if (existsSync(marker)) return;
  if (!commandExists('mvn')) fail(`Maven was not found: install it (apt-get install -y maven) to fetch ${what}`);
  console.log(`• fetching ${what} from Maven Central`);
  const res = spawnSync('mvn', ['-q', '-B', '-f', pom, ...extra, 'dependency:copy-dependencies'], { stdio: 'inherit' });
  if (res.status !== 0 || !existsSync(marker)) fail(`could not fetch ${what} with Maven (exit ${res.status}); check access to Maven Central`);
}

/** Fetches the worker's jars (and, with `debezium`, the Postgres connector plugin) once into .cache/connect. */
export function ensureConnectJars({ debezium = true } = {}) {
  java();
  mvnCopy(POM, `Kafka Connect ${KAFKA_VERSION} jars`, path.join(LIBS, `connect-runtime-${KAFKA_VERSION}.jar`), [`-Dkafka.version=${KAFKA_VERSION}`]);
  if (debezium) mvnCopy(DEBEZIUM_POM, `Debezium ${DEBEZIUM_VERSION} (PostgreSQL connector)`, path.join(DEBEZIUM_DIR, `debezium-connector-postgres-${DEBEZIUM_VERSION}.jar`));
}

function workerDir(restPort) {
  return path.join(STATE, String(restPort));
}

function readPid(dir) {
  const file = path.join(dir, 'connect.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function ownsPid(pid, dir) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
  } catch {
    return false;
  }
}

function workerProperties({ bootstrap, restPort, groupId, replicationFactor }) {
  return [
    `bootstrap.servers=${bootstrap}`,
    `group.id=${groupId}`,
    `listeners=http://127.0.0.1:${restPort}`,
    `rest.advertised.host.name=127.0.0.1`,
    `rest.advertised.port=${restPort}`,
    // Internal topics named after the worker group, so several workers can share one cluster.
    `config.storage.topic=${groupId}-configs`,
    `offset.storage.topic=${groupId}-offsets`,
    `status.storage.topic=${groupId}-status`,
    `config.storage.replication.factor=${replicationFactor}`,
    `offset.storage.replication.factor=${replicationFactor}`,
    `status.storage.replication.factor=${replicationFactor}`,
    'offset.storage.partitions=1',
    'status.storage.partitions=1',
    // Plain JSON on the topics: the console and kcat read the values as they are.
    'key.converter=org.apache.kafka.connect.json.JsonConverter',
    'value.converter=org.apache.kafka.connect.json.JsonConverter',
    'key.converter.schemas.enable=false',
    'value.converter.schemas.enable=false',
    'offset.flush.interval.ms=1000',
    `plugin.path=${PLUGINS}`,
    // Tests and the demo see a new connector's tasks in seconds, not after the default 5 s rebalance wait.
    'scheduled.rebalance.max.delay.ms=0',
    '',
  ].join('\n');
}

async function restAnswers(restPort) {
  try {
    const res = await fetch(`http://127.0.0.1:${restPort}/connectors`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

function lastError(logFile) {
  if (!existsSync(logFile)) return null;
  const hit = readFileSync(logFile, 'utf8').split('\n').reverse().find((l) => /ERROR|Exception/.test(l));
  return hit ? hit.trim().slice(0, 300) : null;
}

/**
 * Starts a worker (or finds it running) against `bootstrap`; resolves with its REST url once
 * GET /connectors answers, i.e. the worker has joined its group.
 */
export async function upConnect({ bootstrap, restPort = 8083, groupId = `fluxo-connect-${restPort}`, replicationFactor = 1, fresh = false, debezium = true }) {
  const dir = workerDir(restPort);
  const url = `http://127.0.0.1:${restPort}`;
  ensureConnectJars({ debezium });
  const javaBin = java();
  const pid = readPid(dir);
  if (pid && pidAlive(pid) && ownsPid(pid, dir)) {
    if (!fresh) return { url, dir };
    await downConnect({ restPort, quiet: true });
  }
  if (await isListening(restPort)) {
    fail(`port ${restPort} on 127.0.0.1 is already in use: stop what listens there or choose another with CONNECT_PORT=<port>`);
  }
  if (fresh) rmSync(dir, { recursive: true, force: true });
  const logs = path.join(dir, 'logs');
  mkdirSync(logs, { recursive: true });
  mkdirSync(path.join(dir, 'files'), { recursive: true });
  const props = path.join(dir, 'worker.properties');
  writeFileSync(props, workerProperties({ bootstrap, restPort, groupId, replicationFactor }));
  const out = openSync(path.join(logs, 'stdout.log'), 'a');
  const child = spawn(javaBin, [
    '-Xmx384m', '-Xms128m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${LOG4J}`, '-cp', `${LIBS}/*`, 'org.apache.kafka.connect.cli.ConnectDistributed', props,
  ], {
    detached: true, stdio: ['ignore', out, out],
    env: { ...process.env, FLUXO_KAFKA_LOG_DIR: logs, FLUXO_KAFKA_LOG_LEVEL: 'INFO' },
  });
  closeSync(out);
  child.unref();
  writeFileSync(path.join(dir, 'connect.pid'), String(child.pid));

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!pidAlive(child.pid)) {
      const cause = lastError(path.join(logs, 'server.log')) ?? lastError(path.join(logs, 'stdout.log'));
      fail(`the Connect worker exited while starting${cause ? `: ${cause}` : ''} (log: ${logs}/server.log)`);
    }
    if (await restAnswers(restPort)) return { url, dir };
    await new Promise((r) => setTimeout(r, 500));
  }
  await downConnect({ restPort, quiet: true });
  fail(`the Connect worker did not answer on ${url} within ${READY_TIMEOUT_MS / 1000}s; see ${logs}/server.log`);
}

/** Stops the worker on that REST port, by its pid file only. */
export async function downConnect({ restPort = 8083, quiet = false } = {}) {
  const dir = workerDir(restPort);
  const pid = readPid(dir);
  if (pid && pidAlive(pid) && ownsPid(pid, dir)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 20_000;
    while (pidAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (pidAlive(pid)) process.kill(pid, 'SIGKILL');
    if (!quiet) console.log(`stopped the Connect worker on ${restPort} (pid ${pid})`);
  }
  rmSync(path.join(dir, 'connect.pid'), { force: true });
}
