// The demo's payment stream: a quarter hour of history, then a modest live stream (generator) and one
// aggregator instance, as child processes the demo stops on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { ROOT } from './lib/ensure.mjs';

const SCRIPT = ['--conditions=react-server', '--import', 'tsx'];
const LIVE_RATE_PER_SECOND = 5;
const HISTORY_MINUTES = 15;

function script(name, args) {
  return spawn('node', [...SCRIPT, `scripts/payments/${name}.ts`, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function startPaymentStream(brokers) {
  const bootstrap = brokers.join(',');
  const seed = Math.floor(Date.now() / 1000) % 1_000_000;
  const history = spawnSync(
    'node',
    [...SCRIPT, 'scripts/payments/produce.ts', '--brokers', bootstrap, '--rate', String(LIVE_RATE_PER_SECOND), '--count', String(HISTORY_MINUTES * 60 * LIVE_RATE_PER_SECOND), '--fast', '--seed', String(seed), '--start', new Date(Date.now() - HISTORY_MINUTES * 60_000).toISOString()],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (history.status !== 0) throw new Error('the payment generator failed; see the output above');
  const children = [
    script('produce', ['--brokers', bootstrap, '--rate', String(LIVE_RATE_PER_SECOND), '--duration', '0', '--seed', String(seed + 1)]),
    script('process', ['--brokers', bootstrap]),
  ];
  console.log(`• payments: ${HISTORY_MINUTES} min of history, then ${LIVE_RATE_PER_SECOND} events/s into "payments"; one aggregator → "payments.stats.1m"`);
  return {
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once('exit', resolve);
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
