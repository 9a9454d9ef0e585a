#!/usr/bin/env node
// npm run bench [-- case ...]: starts a fresh local Kafka and the built console, runs each case in
// scripts/bench/cases/, and prints one table per case beside the command that produced it.
// Numbers are compared within the same run (e.g. against kcat); nothing here asserts on time.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clusterLayout, down, ensureJars, up } from '../kafka/local-kafka.mjs';
import { ensureBuild } from '../lib/build.mjs';
import { commandExists, ensureKcat, ensureNodeModules, ROOT } from '../lib/ensure.mjs';
import { runMain } from '../lib/fail.mjs';
import { startServer, stopServer } from '../lib/server.mjs';

const KAFKA = { nodes: 1, port: Number(process.env.FLUXO_BENCH_KAFKA_PORT ?? 29092) };
const SERVER_PORT = Number(process.env.FLUXO_BENCH_SERVER_PORT ?? 3200);

/** Milliseconds of fn(), best and median of n runs. */
async function timeIt(fn, n = 5) {
  const runs = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return { best: runs[0], median: runs[Math.floor(runs.length / 2)], runs };
}

/** Runs a shell command n times; its wall time as timeIt gives it. */
function timeCommand(cmd, args, n = 5) {
  return timeIt(() => {
    const res = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${res.stderr}`);
  }, n);
}

function printTable(title, rows) {
  const cols = Object.keys(rows[0] ?? {});
  const cell = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1)) : String(v ?? ''));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals) => `| ${vals.map((v, i) => (typeof v === 'number' ? cell(v).padStart(widths[i]) : cell(v).padEnd(widths[i]))).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(cols));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => r[c])));
}

await runMain(async () => {
  ensureNodeModules();
  ensureJars();
  const haveKcat = ensureKcat() && commandExists('kcat');
  // Case names; --name=value flags are the cases' own (e.g. --messages=100000).
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const dir = path.join(ROOT, 'scripts/bench/cases');
  const cases = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
    const mod = await import(path.join(dir, file));
    if (wanted.length === 0 || wanted.includes(mod.name)) cases.push(mod);
  }
  const layout = clusterLayout(KAFKA);
  let server = null;
  try {
    ensureBuild();
    await up({ ...KAFKA, fresh: true });
    const bootstrap = layout.bootstrap;
    server = await startServer({
      port: SERVER_PORT,
      env: { KAFKA_BROKERS: bootstrap, KAFKA_CLUSTER_NAME: 'bench' },
      logFile: path.join(ROOT, '.kafka', 'bench-server.log'),
    });
    console.log(`# Fluxo benchmarks — ${new Date().toISOString()}, ${process.arch}, Node ${process.version}`);
    console.log(`Kafka: ${bootstrap} (1 node, fresh); console: ${server.url} (next start)`);
    const ctx = { bootstrap, url: server.url, cluster: 'bench', haveKcat, serverPid: server.pid, timeIt, timeCommand, printTable };
    for (const c of cases) {
      console.log(`\n## ${c.name}: ${c.description}`);
      await c.run(ctx);
    }
  } finally {
    if (server) await stopServer(server);
    await down({ name: layout.name, quiet: true });
  }
});
