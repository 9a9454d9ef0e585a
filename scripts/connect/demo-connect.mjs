// npm run demo with FLUXO_DEMO_CONNECT=1: PostgreSQL with the `payments` table, a Kafka Connect worker with
// the two Debezium connectors of the payments story (./payments-connector.mjs), and the payment generator
// writing rows into the table. Ports: PG_PORT (5433) and CONNECT_PORT (8083). stop() ends what it started.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lib/ensure.mjs';
import { fail } from '../lib/fail.mjs';
import { downPostgres, upPostgres } from '../postgres/local-postgres.mjs';
import { downConnect, upConnect } from './local-connect.mjs';
import { paymentsCdcConfig, paymentsToChartsConfig } from './payments-connector.mjs';

const ROWS_PER_SECOND = 2;

/** PUT /connectors/{name}/config creates or updates: a second demo run finds its connectors as they are. */
async function putConnector(url, name, config) {
  const res = await fetch(`${url}/connectors/${name}/config`, {
    method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(config),
  });
  if (!res.ok) fail(`Connect refused connector ${name}: ${res.status} ${(await res.text()).slice(0, 300)}`);
}

export async function startDemoConnect({ bootstrap, clusterName = 'local' }) {
  const pgPort = Number(process.env.PG_PORT ?? 5433);
  const restPort = Number(process.env.CONNECT_PORT ?? 8083);
  const started = { pg: false, connect: false, writer: null };
  const stop = async () => {
    if (started.writer && started.writer.exitCode === null) {
      await new Promise((resolve) => {
        started.writer.once('exit', resolve);
        started.writer.kill('SIGTERM');
      });
    }
    if (started.connect) await downConnect({ restPort, quiet: true });
    if (started.pg) await downPostgres({ port: pgPort, quiet: true });
  };
  try {
    console.log(`• starting PostgreSQL on ${pgPort} and a Kafka Connect worker on ${restPort}`);
    const [pg, worker] = await Promise.all([
      upPostgres({ port: pgPort }).then((c) => ((started.pg = true), c)),
      upConnect({ bootstrap, restPort, groupId: 'fluxo-demo-connect' }).then((w) => ((started.connect = true), w)),
    ]);
    await putConnector(worker.url, 'payments-cdc', paymentsCdcConfig(pg));
    await putConnector(worker.url, 'payments-to-charts', paymentsToChartsConfig(pg, { rawTopic: 'payments' }));
    started.writer = spawn('node', ['--conditions=react-server', '--import', 'tsx', 'scripts/postgres/payments-writer.ts', '--port', String(pgPort), '--rate', String(ROWS_PER_SECOND)], {
      cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'],
    });
    console.log(`• payments from PostgreSQL: ${ROWS_PER_SECOND} rows/s into table "payments"; Debezium → "pg.public.payments" (change events) and "payments" (charts)`);
    const configFile = path.join(ROOT, '.connect', 'demo-clusters.json');
    writeFileSync(configFile, JSON.stringify({ clusters: [{ name: clusterName, brokers: bootstrap.split(','), connect: [{ name: 'demo-connect', url: worker.url }] }] }, null, 2));
    return { configFile, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
