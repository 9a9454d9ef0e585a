// Builds the console once, and again only when a source file is newer than the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './ensure.mjs';
import { fail } from './fail.mjs';

const SOURCES = ['app', 'components', 'lib', 'public', 'next.config.ts', 'package-lock.json', 'instrumentation.ts', 'proxy.ts'];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function ensureBuild({ force = false } = {}) {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (!force && builtAt > changedAt) return;
  console.log('• building the console (next build)');
  const res = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Nothing phones home: Next.js would otherwise send anonymous usage data from every build.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (res.status !== 0) fail('next build failed; see the output above');
}
