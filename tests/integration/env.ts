// What scripts/test.mjs started for the integration suites, and small helpers to reach it.
import { randomBytes } from 'node:crypto';
import { type ClusterLayout, runTool } from '../../scripts/kafka/local-kafka.mjs';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the integration tests through \`npm test\``);
  return v;
}

type TestCluster = ClusterLayout & { nodes: ClusterLayout['nodes']; port: number };

export const testEnv = {
  url: required('FLUXO_TEST_URL'),
  configFile: required('FLUXO_TEST_CONFIG'),
  single: JSON.parse(required('FLUXO_TEST_SINGLE')) as TestCluster,
  triple: JSON.parse(required('FLUXO_TEST_TRIPLE')) as TestCluster,
  ephemeral: JSON.parse(required('FLUXO_TEST_EPHEMERAL')) as TestCluster,
  haveKcat: process.env.FLUXO_TEST_HAVE_KCAT === '1',
  serverLog: required('FLUXO_TEST_SERVER_LOG'),
  silentPort: Number(required('FLUXO_TEST_SILENT_PORT')),
  scramPassword: required('FLUXO_TEST_SCRAM_PASSWORD'),
};

/** The password of the test config's "secured" cluster (scripts/test.mjs); it must never leave the server. */
export const TEST_SASL_PASSWORD = 'fluxo-test-secret-5c1d';

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  ms: number;
}

/**
 * Keep-alive race: the server closes an idle socket (Node's 5 s keep-alive) just as undici reuses it, e.g. after
 * a test spent seconds in a CLI tool. That request never reached the server; a GET is safe to send again.
 */
function isStaleConnection(err: unknown): boolean {
  const code = (err as { cause?: { code?: string } }).cause?.code;
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET';
}

export async function api<T = any>(path: string, init?: RequestInit & { json?: unknown }): Promise<ApiAnswer<T>> {
  const t0 = Date.now();
  const request = () =>
    fetch(`${testEnv.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init?.headers ?? {}) },
      body: init?.json !== undefined ? JSON.stringify(init.json) : init?.body,
    });
  const idempotent = (init?.method ?? 'GET') === 'GET';
  const res = await request().catch((err: unknown) => {
    if (idempotent && isStaleConnection(err)) return request();
    throw err;
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the test will say so
  }
  return { status: res.status, body: body as T, ms: Date.now() - t0 };
}

/** Runs one of Kafka's own CLI tools (same jars as the broker); throws on a non-zero exit. */
export function kafkaTool(name: string, args: string[]): string {
  const res = runTool(name, args);
  if (res.status !== 0) throw new Error(`${name} ${args.join(' ')} failed (${res.status}): ${res.stderr.trim()}`);
  return res.stdout;
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Polls until check() returns a value (not undefined) or the time is up; no fixed sleeps in tests. */
export async function eventually<T>(check: () => Promise<T | undefined>, { timeoutMs = 30_000, intervalMs = 250 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${(last as Error).message}` : ''}`);
}
