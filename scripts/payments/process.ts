// npm run payments:process -- --input payments --output payments.stats.1m --group fluxo-payments --grace 30s
// Runs one aggregator instance (lib/payments/aggregator.ts) until Ctrl-C; start several to share the work.
import { startAggregator } from '../../lib/payments/aggregator';
import { ensurePaymentTopics } from '../../lib/payments/topics';
import { clusterFrom, onStop, parseDurationMs, parseFlags } from './args';

const USAGE = 'payments:process -- [--input payments] [--output payments.stats.1m] [--group fluxo-payments] [--grace 30s] [--cluster NAME | --brokers host:port] [--batch-bytes N] [--verbose]';
const flags = parseFlags(USAGE, {
  input: { type: 'string', default: 'payments' },
  output: { type: 'string', default: 'payments.stats.1m' },
  group: { type: 'string', default: 'fluxo-payments' },
  grace: { type: 'string', default: '30s' },
  cluster: { type: 'string' },
  brokers: { type: 'string' },
  'batch-bytes': { type: 'string', default: '1048576' },
  verbose: { type: 'boolean', default: false },
});

const graceMs = parseDurationMs(flags.grace, '--grace');
const cluster = clusterFrom(flags.cluster, flags.brokers);
// CommonJS under tsx (the package is not an ES module), so no top-level await.
async function main() {
  const created = await ensurePaymentTopics(cluster, { raw: flags.input, aggregate: flags.output });
  if (created.length) console.log(`created topics ${created.join(', ')}`);
  const aggregator = await startAggregator(cluster, {
    input: flags.input,
    output: flags.output,
    group: flags.group,
    graceMs,
    maxBatchBytes: Number(flags['batch-bytes']),
    log: (line) => console.log(line),
    onCommit: flags.verbose ? (partition, next) => console.log(`committed partition ${partition} next offset ${next}`) : undefined,
  });
  onStop(() => aggregator.stop());
  console.log(`aggregating ${flags.input} → ${flags.output} as group ${flags.group} (grace ${graceMs / 1000} s); Ctrl-C to stop`);
}

main().catch((err: unknown) => {
  console.error(`error: ${(err as Error).message}`);
  process.exit(1);
});
