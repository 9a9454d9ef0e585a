#!/usr/bin/env node
// npm run kafka:up | kafka:down | kafka:status | kafka:tool <name> [args]
// KAFKA_NODES (1 or 3) and KAFKA_PORT (first broker port, default 9092) choose the cluster.
import { runMain, fail } from '../lib/fail.mjs';
import { ensureNodeModules } from '../lib/ensure.mjs';
import { clusterLayout, down, runTool, status, toolNames, up } from './local-kafka.mjs';

const nodes = Number(process.env.KAFKA_NODES ?? 1);
const port = Number(process.env.KAFKA_PORT ?? 9092);
const [command, ...rest] = process.argv.slice(2);

await runMain(async () => {
  if (![1, 3].includes(nodes)) fail(`KAFKA_NODES must be 1 or 3, not ${process.env.KAFKA_NODES}`);
  if (!Number.isInteger(port) || port < 1024 || port > 65000) fail(`KAFKA_PORT must be a port number, not ${process.env.KAFKA_PORT}`);
  switch (command) {
    case 'up': {
      ensureNodeModules();
      const layout = await up({ nodes, port, fresh: rest.includes('--fresh') });
      console.log(`Kafka is up (${layout.nodes.length} node${layout.nodes.length > 1 ? 's' : ''}): ${layout.bootstrap}`);
      break;
    }
    case 'down':
      // The cluster KAFKA_NODES/KAFKA_PORT name, as `up` started it; `--all` for every local cluster.
      await down({ name: rest.includes('--all') ? undefined : clusterLayout({ nodes, port }).name, quiet: false });
      break;
    case 'status': {
      const rows = status();
      if (rows.length === 0) console.log('no local Kafka cluster has been started here');
      for (const r of rows) {
        console.log(`${r.cluster}  node ${r.node}  127.0.0.1:${r.port}  ${r.pid ? `running (pid ${r.pid})` : 'stopped'}`);
      }
      break;
    }
    case 'tool': {
      const [name, ...args] = rest;
      if (!name) fail(`usage: npm run kafka:tool -- <${toolNames().join('|')}> [args...]`);
      const res = runTool(name, args);
      process.stdout.write(res.stdout);
      process.stderr.write(res.stderr);
      process.exitCode = res.status;
      break;
    }
    default:
      fail('usage: cli.mjs up [--fresh] | down [--all] | status | tool <name> [args...]');
  }
});
