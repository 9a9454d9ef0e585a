// The Kafka Connect worker and PostgreSQL that scripts/test.mjs started (scripts/connect/test-services.mjs),
// and Connect's own REST API as the oracle the connect tests compare Fluxo with.
import { spawnSync } from 'node:child_process';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the connect tests through \`npm test\``);
  return v;
}

export const connectEnv = JSON.parse(required('FLUXO_TEST_CONNECT')) as {
  url: string;
  filesDir: string;
  postgres: { host: string; port: number; user: string; password: string; database: string };
};
export const connectPassword = required('FLUXO_TEST_CONNECT_PASSWORD');

/** Connect's REST API, asked directly: what the worker really holds. */
export async function connectRest<T = any>(path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${connectEnv.url}${path}`, { headers: { accept: 'application/json' } });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** Values of a topic as kcat reads them, one per line. */
export function kcatValues(bootstrap: string, topic: string): string[] {
  const res = spawnSync('kcat', ['-C', '-b', bootstrap, '-t', topic, '-e', '-q', '-f', '%s\\n'], { encoding: 'utf8', timeout: 30_000 });
  if (res.status !== 0) throw new Error(`kcat -C failed: ${res.stderr}`);
  return res.stdout.split('\n').filter(Boolean);
}

/** Runs SQL in the test PostgreSQL with psql (an independent client). */
export function psql(sql: string): string {
  const pg = connectEnv.postgres;
  const res = spawnSync('psql', ['-h', pg.host, '-p', String(pg.port), '-U', pg.user, '-d', pg.database, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql], {
    encoding: 'utf8', env: { ...process.env, PGPASSWORD: pg.password },
  });
  if (res.status !== 0) throw new Error(`psql failed: ${res.stderr}`);
  return res.stdout;
}

export const connectorsPath = (cluster = 'local', connect = 'local-connect') => `/api/clusters/${cluster}/connect/${connect}/connectors`;
