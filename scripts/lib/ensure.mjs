// Installs what a fresh machine lacks: npm packages, Kafka's jars, Chromium. Each step is skipped when
// its result is already there, so the two commands stay fast on the second run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fail } from './fail.mjs';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export function commandExists(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function run(cmd, args, what) {
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) fail(`${what} failed (exit ${res.status ?? res.signal}); see the output above`);
}

/** npm packages: `npm ci` when node_modules is missing or older than the lock file. */
export function ensureNodeModules() {
  const lock = path.join(ROOT, 'package-lock.json');
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs)) return;
  console.log('• installing npm packages');
  run('npm', [existsSync(lock) ? 'ci' : 'install', '--no-audit', '--no-fund'], 'npm install');
}

/** Debian's Chromium for Playwright; installed with apt-get when we are root, else a clear message. */
export function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return true;
  if (process.getuid?.() !== 0 || !commandExists('apt-get')) {
    console.warn('! /usr/bin/chromium is missing: run `sudo apt-get install -y chromium` for the browser tests');
    return false;
  }
  console.log('• installing chromium with apt-get');
  aptInstall(['chromium']);
  return existsSync('/usr/bin/chromium');
}

/** kcat (librdkafka's CLI), an independent client the integration tests compare against. */
export function ensureKcat() {
  if (commandExists('kcat')) return true;
  if (process.getuid?.() !== 0 || !commandExists('apt-get')) {
    console.warn('! kcat is missing: run `sudo apt-get install -y kcat` for the tests that use it');
    return false;
  }
  console.log('• installing kcat with apt-get');
  aptInstall(['kcat']);
  return commandExists('kcat');
}

let aptUpdated = false;
export function aptInstall(pkgs) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  const res = spawnSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
  if (res.status !== 0) console.warn(`! apt-get install ${pkgs.join(' ')} failed`);
}

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
