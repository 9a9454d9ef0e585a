// Command-line flags shared by the payment scripts: one clear line on a bad flag, then exit 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: T) {
  try {
    return parseArgs({ options, allowPositionals: false, strict: true }).values;
  } catch (err) {
    console.error(`error: ${(err as Error).message}\nusage: ${usage}`);
    process.exit(2);
  }
}

export function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}

/** "30s", "2m", "1500ms" or plain milliseconds. */
export function parseDurationMs(text: string, flag: string): number {
  const m = /^(\d+)(ms|s|m)?$/.exec(text.trim());
  if (!m) fail(`${flag} must be a duration such as 30s, 2m or 1500ms`);
  const n = Number(m[1]);
  return m[2] === 's' ? n * 1000 : m[2] === 'm' ? n * 60_000 : n;
}

export function brokersFrom(flag: string | undefined): string[] {
  const text = flag ?? process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
  const brokers = text.split(',').map((b) => b.trim()).filter(Boolean);
  if (!brokers.every((b) => /^[^\s:,]+:\d{1,5}$/.test(b))) fail(`--brokers must be host:port[,host:port], got "${text}"`);
  return brokers;
}

/**
 * The configured cluster the script works on (FLUXO_CONFIG or KAFKA_BROKERS, so its SASL/TLS apply), or,
 * given --brokers (or neither flag), a plain cluster at those brokers.
 */
export function clusterFrom(cluster: string | undefined, brokers: string | undefined): string {
  if (cluster) return cluster;
  process.env.KAFKA_BROKERS = brokersFrom(brokers).join(',');
  process.env.KAFKA_CLUSTER_NAME = 'payments-script';
  delete process.env.FLUXO_CONFIG;
  return 'payments-script';
}

/** Stops on Ctrl-C / SIGTERM: the first signal asks nicely, a second one exits at once. */
export function onStop(stop: () => Promise<void>) {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(130);
      stopping = true;
      stop().finally(() => process.exit(0));
    });
  }
}
