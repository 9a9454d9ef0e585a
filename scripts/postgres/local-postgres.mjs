// The project's own PostgreSQL: Debian's `postgresql` package, one data directory per port under
// .postgres/<port>/, wal_level=logical (Debezium reads the write-ahead log), 127.0.0.1 only, and stopped
// by the pid it wrote. Run as root, the server runs as the unprivileged `postgres` user Debian creates.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { aptInstall, commandExists, ROOT } from '../lib/ensure.mjs';
import { fail } from '../lib/fail.mjs';
import { isListening } from '../lib/ports.mjs';

const STATE = path.join(ROOT, '.postgres');
const READY_TIMEOUT_MS = 60_000;
export const PG_USER = 'fluxo';
export const PG_PASSWORD = 'fluxo-demo-pg';
export const PG_DATABASE = 'payments';

/** The directory holding initdb, pg_ctl and postgres: Debian keeps them per major version. */
function binDir() {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(path.join(base, v, 'bin/pg_ctl'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : null;
}

/** Installs Debian's PostgreSQL with apt-get when we are root and it is missing; else one clear line. */
export function ensurePostgres() {
  if (binDir()) return binDir();
  if (process.getuid?.() !== 0 || !commandExists('apt-get')) {
    fail('PostgreSQL was not found: install it (sudo apt-get install -y postgresql)');
  }
  console.log('• installing postgresql with apt-get');
  aptInstall(['postgresql']);
  const dir = binDir();
  if (!dir) fail('apt-get install postgresql did not provide /usr/lib/postgresql/<version>/bin/pg_ctl');
  return dir;
}

/** As root, the server and its tools run as `postgres`: PostgreSQL refuses to run as root. */
function asServerUser(bin, args, opts = {}) {
  const root = process.getuid?.() === 0;
  const [cmd, argv] = root ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return spawnSync(cmd, argv, { encoding: 'utf8', ...opts });
}

function dataDir(port) {
  return path.join(STATE, String(port));
}

function readPid(port) {
  const file = path.join(dataDir(port), 'data', 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
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

export function connectionFor(port) {
  return { host: '127.0.0.1', port, user: PG_USER, password: PG_PASSWORD, database: PG_DATABASE };
}

/** Runs SQL through psql as the demo user; returns stdout or fails with psql's message. */
export function psql(port, sql) {
  const res = spawnSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', PG_USER, '-d', PG_DATABASE, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql], {
    encoding: 'utf8', env: { ...process.env, PGPASSWORD: PG_PASSWORD },
  });
  if (res.status !== 0) fail(`psql: ${(res.stderr || res.stdout).trim().split('\n')[0]}`);
  return res.stdout;
}

/**
 * Starts PostgreSQL on 127.0.0.1:<port> (or finds it running); with `fresh` the data directory is made anew.
 * Creates the user and database `payments` with a `payments` table the generator and Debezium share.
 */
export async function upPostgres({ port = 5433, fresh = false } = {}) {
  const bin = ensurePostgres();
  const dir = dataDir(port);
  const data = path.join(dir, 'data');
  const pid = readPid(port);
  const running = pid && pidAlive(pid) && ownsPid(pid, data);
  if (running && !fresh) return connectionFor(port);
  if (running) await downPostgres({ port, quiet: true });
  if (await isListening(port)) fail(`port ${port} on 127.0.0.1 is already in use: stop what listens there or choose another with PG_PORT=<port>`);

  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) {
    // The server user must own its directory and reach it through every directory above it.
    const { uid, gid } = userIds('postgres');
    chownSync(dir, uid, gid);
    for (let p = path.dirname(dir); p !== path.dirname(p); p = path.dirname(p)) {
      if ((statSync(p).mode & 0o001) !== 0) continue;
      if (p === ROOT || p.startsWith(`${ROOT}/`)) chmodSync(p, statSync(p).mode | 0o001);
      else fail(`PostgreSQL runs as the user postgres, which cannot enter ${p}: allow it (chmod o+x ${p}) or move the project`);
    }
  }
  if (!existsSync(path.join(data, 'PG_VERSION'))) {
    const pwFile = path.join(dir, 'pw');
    writeFileSync(pwFile, PG_PASSWORD);
    if (process.getuid?.() === 0) chownSync(pwFile, userIds('postgres').uid, userIds('postgres').gid);
    const init = asServerUser(path.join(bin, 'initdb'), ['-D', data, '-U', PG_USER, `--pwfile=${pwFile}`, '-A', 'scram-sha-256', '-E', 'UTF8', '--no-instructions']);
    rmSync(pwFile, { force: true });
    if (init.status !== 0) fail(`initdb failed: ${(init.stderr || init.stdout).trim().split('\n').pop()}`);
  }
  const log = path.join(dir, 'postgres.log');
  const opts = [
    `-c listen_addresses=127.0.0.1`, `-c port=${port}`, '-c wal_level=logical', '-c max_wal_senders=4',
    '-c max_replication_slots=4', `-c unix_socket_directories=${dir}`, '-c shared_buffers=32MB', '-c fsync=off',
  ].join(' ');
  const start = asServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-o', opts, '-w', '-t', String(READY_TIMEOUT_MS / 1000), 'start']);
  if (start.status !== 0) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').pop() : '';
    fail(`PostgreSQL did not start on port ${port}: ${tail || start.stderr.trim()} (log: ${log})`);
  }
  const exists = spawnSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', PG_USER, '-d', 'postgres', '-qAt', '-c', `SELECT 1 FROM pg_database WHERE datname='${PG_DATABASE}'`], {
    encoding: 'utf8', env: { ...process.env, PGPASSWORD: PG_PASSWORD },
  });
  if (exists.status !== 0) fail(`psql could not reach PostgreSQL on ${port}: ${exists.stderr.trim()}`);
  if (exists.stdout.trim() !== '1') {
    const create = spawnSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', PG_USER, '-d', 'postgres', '-qAt', '-c', `CREATE DATABASE ${PG_DATABASE}`], {
      encoding: 'utf8', env: { ...process.env, PGPASSWORD: PG_PASSWORD },
    });
    if (create.status !== 0) fail(`creating database ${PG_DATABASE} failed: ${create.stderr.trim()}`);
  }
  // The table the payments generator writes (npm run demo with FLUXO_DEMO_CONNECT=1) and Debezium captures:
  // the columns of a payment event (README, "Payment events"), so a rename maps a row onto one.
  // REPLICA IDENTITY FULL: updates and deletes carry the whole old row.
  psql(port, `CREATE TABLE IF NOT EXISTS payments (
    id text PRIMARY KEY, payer text NOT NULL, payee text NOT NULL, amount_minor numeric(20,0) NOT NULL,
    currency text NOT NULL, method text NOT NULL, status text NOT NULL, occurred_at timestamptz NOT NULL
  ); ALTER TABLE payments REPLICA IDENTITY FULL;`);
  return connectionFor(port);
}

function userIds(name) {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line) fail(`user ${name} does not exist: reinstall postgresql (it creates the user)`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Stops the server we started on that port, by its postmaster.pid only. */
export async function downPostgres({ port = 5433, quiet = false } = {}) {
  const data = path.join(dataDir(port), 'data');
  const pid = readPid(port);
  if (!pid || !pidAlive(pid) || !ownsPid(pid, data)) return;
  // SIGINT is PostgreSQL's "fast" shutdown: clients are disconnected, nothing is lost.
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 20_000;
  while (pidAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (pidAlive(pid)) process.kill(pid, 'SIGKILL');
  if (!quiet) console.log(`stopped PostgreSQL on ${port} (pid ${pid})`);
}
