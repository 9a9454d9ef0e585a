#!/usr/bin/env node
// npm run demo: installs what is missing, starts the local Kafka (unless KAFKA_BROKERS or FLUXO_CONFIG
// points elsewhere), creates the demo topics, and serves the console on http://localhost:3000.
// Ctrl-C stops everything this command started, and nothing else.
import { ensureNodeModules } from './lib/ensure.mjs';
import { runMain } from './lib/fail.mjs';
import { ensureBuild } from './lib/build.mjs';
import { startServer, stopServer } from './lib/server.mjs';
import { clusterLayout, down, status, up } from './kafka/local-kafka.mjs';
import { seedDemo } from './demo-seed.mjs';
import { startPaymentStream } from './demo-stream.mjs';
import { startDemoConnect } from './connect/demo-connect.mjs';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const external = Boolean(process.env.KAFKA_BROKERS || process.env.FLUXO_CONFIG);

await runMain(async () => {
  ensureNodeModules();
  let startedKafka = null;
  let server = null;
  let stream = null;
  let connect = null;
  const stop = async () => {
    if (connect) await connect.stop();
    if (stream) await stream.stop();
    if (server) await stopServer(server);
    if (startedKafka) await down({ name: startedKafka, quiet: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.log('\nstopping the console' + (startedKafka ? ' and the local Kafka' : ''));
      stop().finally(() => process.exit(0));
    });
  }

  try {
    if (external) {
      console.log(`• using ${process.env.FLUXO_CONFIG ? `clusters from ${process.env.FLUXO_CONFIG}` : `KAFKA_BROKERS=${process.env.KAFKA_BROKERS}`}; no local Kafka started`);
      // Someone else's cluster gets no demo topics or events unless asked for (FLUXO_DEMO_PAYMENTS=1).
      if (process.env.KAFKA_BROKERS && process.env.FLUXO_DEMO_PAYMENTS === '1') {
        const brokers = process.env.KAFKA_BROKERS.split(',');
        await seedDemo(brokers, { replicationFactor: 1 });
        stream = startPaymentStream(brokers);
      }
    } else {
      const nodes = Number(process.env.KAFKA_NODES ?? 1);
      const layout = clusterLayout({ nodes, port: 9092 });
      const alreadyRunning = status().some((r) => r.cluster === layout.name && r.pid);
      console.log(`• starting the local Kafka (${nodes} node${nodes > 1 ? 's' : ''})`);
      await up({ nodes, port: 9092 });
      if (!alreadyRunning) startedKafka = layout.name;
      await seedDemo(layout.bootstrap.split(','), { replicationFactor: nodes >= 3 ? 3 : 1 });
      stream = startPaymentStream(layout.bootstrap.split(','));
      process.env.KAFKA_BROKERS = layout.bootstrap;
      process.env.KAFKA_CLUSTER_NAME = 'local';
      // FLUXO_DEMO_CONNECT=1: payments from PostgreSQL through Debezium (scripts/connect/demo-connect.mjs).
      if (process.env.FLUXO_DEMO_CONNECT === '1') {
        connect = await startDemoConnect({ bootstrap: layout.bootstrap });
        process.env.FLUXO_CONFIG = connect.configFile;
      }
    }
    ensureBuild();
    server = await startServer({ port, host, inherit: true });
    console.log(`\nFluxo is running: http://localhost:${port}  (Ctrl-C to stop)`);
  } catch (err) {
    await stop();
    throw err;
  }
  await new Promise(() => {});
});
