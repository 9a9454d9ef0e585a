// Starts and stops `next start` for the demo and the tests: its own process group, so stopping it
// stops its workers too; ready once the API answers.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './ensure.mjs';
import { fail } from './fail.mjs';
import { isListening } from './ports.mjs';

const READY_TIMEOUT_MS = 90_000;

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the production server; resolves with { pid, url } once GET /api/clusters answers. */
export async function startServer({ port, host = '127.0.0.1', env = {}, logFile, inherit = false, keepAliveTimeoutMs }) {
  if (await isListening(port, host)) {
    fail(`port ${port} on ${host} is already in use: stop what listens there or choose another with PORT=<port>`);
  }
  const out = inherit ? 'inherit' : openSync(logFile, 'w');
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', host, ...(keepAliveTimeoutMs ? ['--keepAliveTimeout', String(keepAliveTimeoutMs)] : [])], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', out, out],
    // HOSTNAME tells the server where it listens: an open console is allowed on loopback only.
    env: { ...process.env, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: host },
  });
  if (!inherit) closeSync(out);
  const url = `http://${host}:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || !alive(child.pid)) {
      const log = logFile && !inherit ? readFileSync(logFile, 'utf8').trim().split('\n').slice(-3).join(' | ') : '';
      fail(`the console server exited while starting${log ? `: ${log}` : ''}`);
    }
    try {
      const res = await fetch(`${url}/api/openapi.json`);
      if (res.ok) return { pid: child.pid, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stopServer({ pid: child.pid });
  fail(`the console server did not answer on ${url} within ${READY_TIMEOUT_MS / 1000}s`);
}

export async function stopServer({ pid }) {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 10_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
