// npm test's Kafka Connect worker and PostgreSQL: started once per run next to the single-node cluster,
// stopped in the run's cleanup. scripts/test.mjs calls these four functions and nothing else of ours.
import path from 'node:path';
import { downPostgres, upPostgres } from '../postgres/local-postgres.mjs';
import { downConnect, upConnect } from './local-connect.mjs';

/** The test files that need the worker: with FLUXO_TEST_FILES naming none of them, nothing is started. */
const CONNECT_TEST_FILES = ['tests/integration/connect.test.ts', 'tests/integration/connect-debezium.test.ts', 'e2e/connect.spec.ts'];

function portsFor(base) {
  return { restPort: base + 83, pgPort: base + 432, nowherePort: base + 997 };
}

export function connectTestsWanted(fileFilters) {
  return fileFilters.length === 0 || CONNECT_TEST_FILES.some((f) => fileFilters.some((w) => f.includes(w)));
}

/** Starts PostgreSQL and the worker (against `bootstrap`); resolves with the env the tests read. */
export async function startConnectTestServices({ base, bootstrap }) {
  const { restPort, pgPort } = portsFor(base);
  const [pg, worker] = await Promise.all([
    upPostgres({ port: pgPort, fresh: true }),
    upConnect({ bootstrap, restPort, groupId: `fluxo-test-connect-${restPort}`, fresh: true }),
  ]);
  return {
    FLUXO_TEST_CONNECT: JSON.stringify({ url: worker.url, filesDir: path.join(worker.dir, 'files'), postgres: pg }),
    FLUXO_TEST_CONNECT_PASSWORD: 'connect-test-secret-8e21',
  };
}

export async function stopConnectTestServices({ base }) {
  const { restPort, pgPort } = portsFor(base);
  await downConnect({ restPort, quiet: true });
  await downPostgres({ port: pgPort, quiet: true });
}

/**
 * Adds the worker to the `local` and `readonly` test clusters, and to `local` an unreachable Connect cluster
 * with a password from the environment (it must show as unreachable and never leak the password).
 */
export function withConnectClusters(config, { base, started }) {
  if (!started) return config;
  const { restPort, nowherePort } = portsFor(base);
  const worker = { name: 'local-connect', url: `http://127.0.0.1:${restPort}` };
  const nowhere = {
    name: 'nowhere-connect',
    url: `http://127.0.0.1:${nowherePort}`,
    auth: { type: 'basic', username: 'fluxo', passwordEnv: 'FLUXO_TEST_CONNECT_PASSWORD' },
    timeoutMs: 2000,
  };
  return {
    ...config,
    clusters: config.clusters.map((c) => {
      if (c.name === 'local') return { ...c, connect: [worker, nowhere] };
      if (c.name === 'readonly') return { ...c, connect: [worker] };
      return c;
    }),
  };
}

