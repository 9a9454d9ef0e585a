#!/usr/bin/env node
// npm test: installs what is missing, starts the brokers and the server the suites need, runs unit,
// integration and end-to-end suites, stops all it started (also on failure or Ctrl-C), and ends with
// one line "N passed, N failed, N skipped".
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium, ensureKcat, ensureNodeModules, ROOT } from './lib/ensure.mjs';
import { runMain } from './lib/fail.mjs';
import { ensureBuild } from './lib/build.mjs';
import { startServer, stopServer } from './lib/server.mjs';
import { clusterLayout, down, ensureJars, SCRAM_PORT_OFFSET, up } from './kafka/local-kafka.mjs';
import { startAccessEnv, stopAccessEnv } from './lib/access-test-env.mjs';
import { connectTestsWanted, startConnectTestServices, stopConnectTestServices, withConnectClusters } from './connect/test-services.mjs';

const RUN_DIR = path.join(ROOT, '.test-run');
const RESULTS = path.join(ROOT, 'test-results');
// Ports apart from the demo's (9092, 3000); FLUXO_TEST_PORT_BASE moves them so two runs can share a machine.
const BASE = Number(process.env.FLUXO_TEST_PORT_BASE ?? 19000);
const SINGLE = { nodes: 1, port: BASE + 92 };
const TRIPLE = { nodes: 3, port: BASE + 192 };
/** A cluster the tests start and stop themselves (broker failure, recovery). */
const EPHEMERAL = { nodes: 1, port: BASE + 292 };
/** Nothing listens there: the unreachable "secured" cluster. */
const NOWHERE = `127.0.0.1:${BASE + 999}`;
/** The tests listen there and never answer: the "silent" cluster, for timeouts. */
const SILENT_PORT = BASE + 998;
/** The single node also listens for SASL/SCRAM-SHA-512 with this user, so real authentication is tested. */
const SCRAM = { username: 'fluxo', password: 'fluxo-scram-7f3a' };
/**
 * A node whose brokers enforce ACLs (StandardAuthorizer). Fluxo and the brokers talk on the plaintext listener
 * as User:ANONYMOUS, a super user; the SCRAM user is an ordinary client the ACL tests refuse and then allow.
 */
const ACL_NODE = { nodes: 1, port: BASE + 392 };
const ACL_USER = { username: 'acl-client', password: 'acl-client-2b9e' };
const SERVER_PORT = Number(process.env.FLUXO_TEST_SERVER_PORT ?? 3100);
/** A second console with sign-in on, and the OpenID provider it trusts (access-control suites). */
const AUTH_SERVER_PORT = SERVER_PORT + 1;
const OIDC_PORT = BASE + 997;

const started = { clusters: [], server: null, access: null, connect: false };
/** The suite runner under way (vitest, playwright): stopped by its pid, with its whole process group. */
const running = new Set();
let cleaning = null;

async function cleanup() {
  cleaning ??= (async () => {
    for (const child of running) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    if (started.server) await stopServer(started.server);
    if (started.access) await stopAccessEnv(started.access);
    if (started.connect) await stopConnectTestServices({ base: BASE });
    for (const name of [...started.clusters, clusterLayout(EPHEMERAL).name]) await down({ name, quiet: true });
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping what the tests started`);
    cleanup().finally(() => process.exit(130));
  });
}

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    // Its own process group, so that a stop signal reaches npx's children (vitest's workers, the browser) too.
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env }, detached: true });
    running.add(child);
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts from Vitest's JSON report; a suite that crashed before reporting counts as one failure. */
function vitestCounts(file, exitCode) {
  const r = readJson(file);
  if (!r) return { passed: 0, failed: 1, skipped: 0 };
  const failedFiles = (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
  return {
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + failedFiles + (exitCode !== 0 && !r.numFailedTests && !failedFiles ? 1 : 0),
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

function playwrightCounts(file, exitCode) {
  const r = readJson(file);
  if (!r?.stats) return { passed: 0, failed: 1, skipped: 0 };
  const failed = (r.stats.unexpected ?? 0) + (r.errors?.length ?? 0);
  return {
    passed: (r.stats.expected ?? 0) + (r.stats.flaky ?? 0),
    failed: failed + (exitCode !== 0 && failed === 0 ? 1 : 0),
    skipped: r.stats.skipped ?? 0,
  };
}

function testClustersConfig() {
  const single = clusterLayout(SINGLE);
  const triple = clusterLayout(TRIPLE);
  const ephemeral = clusterLayout(EPHEMERAL);
  return {
    clusters: [
      { name: 'local', brokers: single.bootstrap.split(',') },
      { name: 'three', brokers: triple.bootstrap.split(',') },
      { name: 'readonly', brokers: single.bootstrap.split(','), readOnly: true },
      { name: 'ephemeral', brokers: ephemeral.bootstrap.split(',') },
      // Payment topics that do not follow the schema: the payments API must say so (tests/integration/payments.test.ts).
      { name: 'payments-invalid', brokers: single.bootstrap.split(','), payments: { rawTopic: 'not-payments', aggregateTopic: 'not-payments.stats' } },
      // Nothing listens there: an unreachable cluster whose password must never reach the browser.
      {
        name: 'secured',
        brokers: [NOWHERE],
        sasl: { mechanism: 'scram-sha-512', username: 'fluxo', password: 'fluxo-test-secret-5c1d' },
      },
      { name: 'silent', brokers: [`127.0.0.1:${SILENT_PORT}`] },
      { name: 'acl', brokers: clusterLayout(ACL_NODE).bootstrap.split(',') },
      // The single node's SCRAM listener: the password comes from the server's environment, as in production.
      {
        name: 'scram',
        brokers: [`127.0.0.1:${SINGLE.port + SCRAM_PORT_OFFSET}`],
        sasl: { mechanism: 'scram-sha-512', username: SCRAM.username, passwordEnv: 'FLUXO_TEST_SCRAM_PASSWORD' },
      },
      {
        name: 'scram-wrong',
        brokers: [`127.0.0.1:${SINGLE.port + SCRAM_PORT_OFFSET}`],
        sasl: { mechanism: 'scram-sha-512', username: SCRAM.username, password: 'not-the-password-91c2' },
      },
    ],
  };
}

async function main() {
  const t0 = Date.now();
  const only = process.env.FLUXO_TEST_ONLY?.split(',') ?? ['unit', 'integration', 'e2e'];
  // FLUXO_TEST_FILES=groups,topics narrows every suite to files whose path contains one of the words.
  const fileFilters = process.env.FLUXO_TEST_FILES?.split(',').filter(Boolean) ?? [];
  ensureNodeModules();
  ensureJars();
  const haveKcat = ensureKcat();
  const haveChromium = ensureChromium();
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  mkdirSync(RUN_DIR, { recursive: true });

  const totals = { passed: 0, failed: 0, skipped: 0 };
  const add = (name, c) => {
    console.log(`\n── ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
  };

  if (only.includes('unit')) {
    console.log('\n── unit tests');
    const file = path.join(RESULTS, 'unit.json');
    const code = await run('npx', ['vitest', 'run', '--config', 'vitest.unit.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${file}`, '--passWithNoTests', ...fileFilters]);
    add('unit', vitestCounts(file, code));
  }

  const needBrokers = only.includes('integration') || only.includes('e2e');
  if (needBrokers) {
    console.log('\n── starting Kafka (1 node and 3 nodes) and building the console');
    started.clusters.push(clusterLayout(SINGLE).name, clusterLayout(TRIPLE).name, clusterLayout(ACL_NODE).name);
    let built = true;
    try {
      ensureBuild();
    } catch (err) {
      console.error(`error: ${err.message}`);
      built = false;
    }
    await Promise.all([up({ ...SINGLE, fresh: true, scram: SCRAM }), up({ ...TRIPLE, fresh: true })]);
    // Kafka Connect and PostgreSQL, once per run, only when a connect test is selected.
    let connectEnv = {};
    if (connectTestsWanted(fileFilters)) {
      console.log('\n── starting a Kafka Connect worker and PostgreSQL');
      started.connect = true;
      connectEnv = await startConnectTestServices({ base: BASE, bootstrap: clusterLayout(SINGLE).bootstrap });
    }
    // After the others, so three clusters do not compete for a busy machine's CPU while they start.
    await up({ ...ACL_NODE, fresh: true, scram: ACL_USER, authorizer: { superUsers: ['User:ANONYMOUS'] } });
    if (!built) {
      add('build', { passed: 0, failed: 1, skipped: 0 });
    } else {
      const configFile = path.join(RUN_DIR, 'clusters.json');
      writeFileSync(configFile, JSON.stringify(withConnectClusters(testClustersConfig(), { base: BASE, started: started.connect }), null, 2));
      const url = `http://127.0.0.1:${SERVER_PORT}`;
      // A public name the server answers to besides the loopback ones (tests/integration/edge.test.ts).
      process.env.FLUXO_ALLOWED_HOSTS ??= 'console.fluxo.test';
      started.server = await startServer({
        port: SERVER_PORT,
        // Lag samples every 2 s, so history and verdict tests see several samples quickly.
        env: { FLUXO_CONFIG: configFile, FLUXO_LAG_SAMPLE_INTERVAL_MS: '2000', FLUXO_TEST_SCRAM_PASSWORD: SCRAM.password, ...connectEnv },
        logFile: path.join(RUN_DIR, 'server.log'),
        // Tests block their event loop in CLI tools for seconds; Node's 5 s default would close idle
        // keep-alive sockets under them and fail the next request on a dead socket.
        keepAliveTimeoutMs: 120_000,
      });
      const access = await startAccessEnv({
        runDir: RUN_DIR, serverPort: AUTH_SERVER_PORT, oidcPort: OIDC_PORT, singleBootstrap: clusterLayout(SINGLE).bootstrap,
      });
      started.access = access.started;
      const env = {
        ...access.env,
        FLUXO_TEST_URL: url,
        FLUXO_TEST_CONFIG: configFile,
        FLUXO_TEST_SINGLE: JSON.stringify({ ...SINGLE, ...clusterLayout(SINGLE) }),
        FLUXO_TEST_TRIPLE: JSON.stringify({ ...TRIPLE, ...clusterLayout(TRIPLE) }),
        FLUXO_TEST_EPHEMERAL: JSON.stringify({ ...EPHEMERAL, ...clusterLayout(EPHEMERAL) }),
        FLUXO_TEST_HAVE_KCAT: haveKcat ? '1' : '',
        FLUXO_TEST_SERVER_LOG: path.join(RUN_DIR, 'server.log'),
        // The server's process, so tests can read its memory (/proc/<pid>/status).
        FLUXO_TEST_SERVER_PID: String(started.server.pid),
        FLUXO_TEST_SILENT_PORT: String(SILENT_PORT),
        FLUXO_TEST_SCRAM_PASSWORD: SCRAM.password,
        ...connectEnv,
        FLUXO_TEST_ACL: JSON.stringify({ ...ACL_NODE, ...clusterLayout(ACL_NODE), scramPort: ACL_NODE.port + SCRAM_PORT_OFFSET, user: ACL_USER }),
      };
      if (only.includes('integration')) {
        console.log('\n── integration tests (real Kafka)');
        const file = path.join(RESULTS, 'integration.json');
        const code = await run('npx', ['vitest', 'run', '--config', 'vitest.integration.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${file}`, '--passWithNoTests', ...fileFilters], env);
        add('integration', vitestCounts(file, code));
      }
      if (only.includes('e2e')) {
        if (!haveChromium) {
          console.warn('! skipping the browser tests: /usr/bin/chromium is missing');
          add('e2e', { passed: 0, failed: 0, skipped: 1 });
        } else {
          console.log('\n── end-to-end tests (Chromium)');
          const file = path.join(RESULTS, 'e2e.json');
          const code = await run('npx', ['playwright', 'test', ...(fileFilters.length ? ['--pass-with-no-tests', ...fileFilters] : [])], { ...env, FLUXO_E2E_URL: url });
          add('e2e', playwrightCounts(file, code));
        }
      }
    }
  }

  await cleanup();
  const minutes = ((Date.now() - t0) / 60_000).toFixed(1);
  console.log(`\nAll suites took ${minutes} min; screenshots and reports are in test-results/.`);
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
}

await runMain(async () => {
  try {
    await main();
  } catch (err) {
    // Set-up failed (no Java, a busy port, a broker that never came up): still one summary line.
    await cleanup();
    console.log('0 passed, 1 failed');
    throw err;
  } finally {
    await cleanup();
  }
});
